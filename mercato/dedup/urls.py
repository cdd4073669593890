"""Canonical URLs: one key per article whatever tracking, AMP or mobile variant linked to it.

The key is a URL that still works in a browser, but its job is identity: `articles.canonical_url`
is unique, so every variant of one page must normalise to the same string.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMS", "canonical_url", "same_site", "site_of", "strip_tracking"]

# Query parameters that only say how the reader arrived: dropped wherever they appear.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
        "mc_eid", "ref", "ref_src", "ref_url", "referrer", "cmpid", "icid", "ocid", "ncid",
        "xtor", "spm", "sr_share", "_ga", "_gl", "amp", "fromamp", "from_amp", "smid", "s_cid",
        "trk", "dicbo", "cid_source",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "oly_")
# Parameters that select the AMP rendering only when their value says so (?outputType=amp).
AMP_VALUED_PARAMS = frozenset({"outputtype", "output", "format", "view"})
# Hosts that serve the same article as the main site: mobile and AMP mirrors, and "www".
MIRROR_HOST = re.compile(r"^(?:www\d*|m|mobile|mobi|amp)\.(?=[^.]+\.[^.]+)")
# AMP paths: /amp/..., .../amp, .../amp/ and page.amp.html.
AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
AMP_SUFFIX = re.compile(r"\.amp(\.html?)$")
MULTI_SLASH = re.compile(r"/{2,}")
PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Second-level labels under which a country code registers names (site.co.uk, site.com.br).
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu"})


def _host(netloc_host: str | None) -> str:
    host = (netloc_host or "").lower().rstrip(".")
    return MIRROR_HOST.sub("", host)


def site_of(url: str) -> str:
    """The registrable domain of `url` ("calciomercato.com" for m.calciomercato.com).

    A small rule (last two labels, three under co.uk-like suffixes) instead of the public
    suffix list: outlets of the Italian press live under .it/.com/.net, where it is exact.
    """
    labels = _host(urlsplit(url.strip()).hostname).split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to one outlet (same registrable domain)."""
    site = site_of(a)
    return bool(site) and site == site_of(b)


def _is_tracking(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered in AMP_VALUED_PARAMS:
        return value.lower() == "amp"
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _path(path: str) -> str:
    path = MULTI_SLASH.sub("/", path or "/")
    path = AMP_SUFFIX.sub(r"\1", path)
    path = AMP_SEGMENT.sub("", path) or "/"
    path = PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path


def canonical_url(url: str, declared: str | None = None) -> str:
    """The identity URL of an article fetched at `url` whose page declared `declared`.

    The page's rel=canonical wins when it points to the same site (a syndication partner's
    canonical pointing to another outlet would merge two outlets' articles into one row, and
    their outlets must both count). Then: https, lower-case host without www/m/amp mirrors,
    no default port, no fragment, no tracking parameters, sorted query, no AMP path markers,
    no trailing slash. A URL that is not http(s) is returned stripped but otherwise unchanged.
    """
    url = url.strip()
    if declared and declared.strip():
        resolved = urljoin(url, declared.strip())
        if urlsplit(resolved).scheme in DEFAULT_PORTS and same_site(resolved, url):
            url = resolved
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return url
    host = _host(parts.hostname)
    try:
        port = parts.port
    except ValueError:  # a garbled port: keep none rather than fail on one link
        port = None
    netloc = host if port in (None, *DEFAULT_PORTS.values()) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)]
    return urlunsplit(("https", netloc, _path(parts.path), urlencode(sorted(query)), ""))


def strip_tracking(url: str) -> str:
    """`url` without tracking parameters, otherwise untouched: what the crawler requests.

    Unlike `canonical_url` it keeps AMP and mobile variants, which may be the only address a
    feed gives, and keeps the query order, so the server sees the URL it published.
    """
    parts = urlsplit(url)
    if not parts.query:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)]
    return urlunsplit(parts._replace(query=urlencode(kept), fragment=parts.fragment))
