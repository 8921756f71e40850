"""`python -m annotator`: the same as the `annotator` command."""

from annotator.cli.commands import main

raise SystemExit(main())
