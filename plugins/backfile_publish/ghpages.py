"""Publish a built site to a gh-pages branch with ghp-import.

For forks that serve Pages from a branch instead of from the Actions workflow. The
branch gets `.nojekyll` (GitHub's Jekyll would otherwise hide files and folders
whose names start with `_`) and, for a custom domain, a `CNAME` file.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ghp_import import ghp_import

GITHUB_REMOTE = re.compile(
    r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"(?P<owner>[^/]+)/(?P<repo>[^/]+?)(?:\.git)?/?$")


def pages_url_from_remote(remote_url: str) -> str:
    """The default GitHub Pages URL for a GitHub remote, or "" for any other remote.

    `https://github.com/ann/news.git` -> `https://ann.github.io/news`; a repository
    named `<owner>.github.io` is served at the root of that host.
    """
    match = GITHUB_REMOTE.match(remote_url.strip())
    if not match:
        return ""
    owner, repo = match["owner"], match["repo"]
    host = f"https://{owner.lower()}.github.io"
    return host if repo.lower() == f"{owner.lower()}.github.io" else f"{host}/{repo}"


def remote_url(repository: Path, remote: str) -> str:
    """The URL of `remote` in the git repository at `repository`, or "" if none."""
    result = subprocess.run(["git", "remote", "get-url", remote], cwd=repository,
                            capture_output=True, text=True, check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def publish_branch(site: Path, *, branch: str = "gh-pages", remote: str = "origin",
                   push: bool = True, cname: str = "",
                   message: str = "Publish the Backfile archive") -> None:
    """Replace `branch` (of the repository in the current folder) with `site`'s files."""
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site / 'index.html'} is missing: build the site first")
    ghp_import(str(site), branch=branch, remote=remote, push=push, force=push,
               nojekyll=True, cname=cname or None, mesg=message)
