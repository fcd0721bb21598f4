"""`python -m policylabel`."""

import sys

from policylabel.cli import main

sys.exit(main())
