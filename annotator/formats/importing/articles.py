"""Articles: Word files (.docx) and saved web pages (.html) as one document each."""
