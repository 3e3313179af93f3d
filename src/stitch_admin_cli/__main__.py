"""``python -m stitch_admin_cli``: the same as the ``stitch-admin`` console script."""

from __future__ import annotations

import sys

from stitch_admin_cli.main import main

sys.exit(main())
