"""Settings for the published site (GitHub Pages).

SITEURL comes from the environment (the Pages workflow passes the URL that
actions/configure-pages reports, sub-path included), so feeds and canonical
links are absolute while page links stay relative. BACKFILE_CNAME is the custom
domain written to the gh-pages branch's CNAME file by `invoke gh-pages`.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# Custom domain for `invoke gh-pages` (e.g. "news.example.org"); "" for <owner>.github.io.
BACKFILE_CNAME = os.environ.get("BACKFILE_CNAME", "")
SITEURL = os.environ.get("BACKFILE_SITEURL", "").rstrip("/")
if not SITEURL and BACKFILE_CNAME:
    SITEURL = f"https://{BACKFILE_CNAME}"
FEED_DOMAIN = SITEURL
