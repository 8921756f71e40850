"""Start the window from a checkout: `python main.py [PROJECT]`.

The same as `annotator [open PROJECT]`; the command line proper is `annotator.cli.commands`.
"""

import sys

from annotator.cli.commands import main

if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(main(["open", *args] if args else []))
