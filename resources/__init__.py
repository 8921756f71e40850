"""Files the app ships (sample article, default label schema), installed as annotator.resources."""
