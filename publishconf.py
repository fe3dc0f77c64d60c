"""Settings for the published site (GitHub Pages).

SITEURL comes from the environment (the Pages workflow passes the URL that
actions/configure-pages reports, sub-path included), so feeds and canonical
links are absolute while page links stay relative.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("BACKFILE_SITEURL", "").rstrip("/")
FEED_DOMAIN = SITEURL
