"""Pass 1: links. A link is scrubbed when it points at a person: a profile on a social
site, a page with an id, a handle or a query in it, a site named after a person. A
company's own pages ("www.telia.lt/pagalba", "booking.com/content/cs.html") are kept,
and claimed as harmless so that no later rule reads their words as names."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber.claims import Claims, trim_url
from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.vocab import SAFE, words

# Sites whose pages are people's profiles: any path on them is a person's
# ("instagram.com/x", "wa.me/2547..."), unless it is one of the site's own pages.
PROFILE_HOSTS = words("""facebook.com fb.com m.facebook.com instagram.com x.com twitter.com
tiktok.com t.me telegram.me wa.me vk.com ok.ru linkedin.com linktr.ee paypal.me line.me
zalo.me twitch.tv steamcommunity.com etsy.com youtube.com youtu.be snapchat.com
pinterest.com reddit.com threads.net github.com gitlab.com medium.com cash.app venmo.com
patreon.com ko-fi.com buymeacoffee.com onlyfans.com soundcloud.com flickr.com tumblr.com
about.me calendly.com discord.gg behance.net dribbble.com weibo.com douyin.com""")
# Sites that give people their own sub-domain: "yaswanth.carrd.co", "anna.github.io".
PERSONAL_PAGE_HOSTS = words("""carrd.co github.io wixsite.com blogspot.com wordpress.com
substack.com tumblr.com neocities.org webnode.page weebly.com""")
# A profile site's own pages: "facebook.com/help", "x.com/settings".
_SITE_PAGES = words("""help support about legal privacy terms policies policy business
careers settings login signup security safety community hc en fr es de pt""")
# The second-level part of a country's domain: "stc.com.sa", "docomo.ne.jp".
_SECOND_LEVEL = words("co com net org gov ac ne or go edu ltd plc")
# A domain with no path is a site only with a top-level domain that is no short English
# word or abbreviation, so "log.in", "sorted.it" and "H.No 12" stay text.
BARE_TLDS = words("""com net org info biz io co uk de fr es nl pl ch ie eu ca au br se
dk fi pt cz ru jp cn app dev tv gov edu shop store online site xyz nz za mx gr hu ro sk lt
lv ua sg hk ai ng ke pk ph vn kr tw club email cloud tech""")
_DIGITS = re.compile(r"\d{3,}")
# A piece of a path that is a handle or an id: "anna_k", "jsmith85", "qeclv6kr".
_HANDLE_PIECE = re.compile(r".*_.*|(?=.*\d)(?=.*[a-z])[a-z\d]{5,}|[a-z]+\d+")


def claim(text: str, claims: Claims, lex: Lexicon) -> None:
    if "." not in text:
        return
    for m in p.URL_SCHEME.finditer(text):
        end = trim_url(text, m.start(), m.end())
        kind = "url" if personal(text[m.start() : end], lex) else SAFE
        claims.add(m.start(), end, kind)
    for m in p.URL_BARE.finditer(text):
        end = trim_url(text, m.start(), m.end())
        bare = m.group("path") is None or end <= m.start("path") + 1
        if bare and m.group("tld").lower() not in BARE_TLDS:
            continue  # "H.No", "log.in", "sorted.it": text, not a site
        kind = "url" if personal(text[m.start() : end], lex) else SAFE
        claims.add(m.start(), end, kind)


def personal(url: str, lex: Lexicon) -> bool:
    """Does this link point at a person, or at a page about one?"""
    low = url.lower()
    rest = re.sub(r"^(?:https?|ftp)://", "", low)
    host, _, path = rest.partition("/")
    host = host.split(":")[0]
    labels = host.split(".")
    if labels[0] == "www":
        labels = labels[1:]
    site = ".".join(labels)
    if "@" in low or "~" in low or "=" in path or _DIGITS.search(path):
        return True  # "tiktok.com/@...", "?id=...", "/customers/58213": a handle or an id
    if any(site.endswith("." + h) for h in PERSONAL_PAGE_HOSTS):
        return True
    pieces = [piece for piece in re.split(r"[/\-.]", path.split("?")[0].split("#")[0]) if piece]
    if any(site == h or site.endswith("." + h) for h in PROFILE_HOSTS):
        return bool(pieces) and pieces[0] not in _SITE_PAGES
    if p.IPV4.fullmatch(host):
        return True
    if any(_HANDLE_PIECE.fullmatch(piece) or _is_name(piece, lex) for piece in pieces):
        return True  # "/anna_k", "/jsmith85", "/kowalska": a person's page
    return _named_site(labels, lex)


def _named_site(labels: list[str], lex: Lexicon) -> bool:
    """A site named after people: "janesmith.com", "burns.info", "coles-hussain.net";
    not a brand's ("telia.lt") nor a word's ("westernunion.com")."""
    if len(labels) < 2:
        return False
    main = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    if _HANDLE_PIECE.fullmatch(main):
        return True  # "anna85.com"
    if main in lex.brands or main in lex.keep:
        return False
    parts = main.split("-")
    if all(part.isalpha() and lex.is_name(part) for part in parts):
        return True
    if len(parts) > 1 or lex.is_word(main):
        return False
    # A name run together with a name or a word: "janesmith", "smithphotos", "bakesbyanna".
    return any(
        (lex.is_name(a) and (lex.is_name(b) or lex.is_word(b)))
        or (lex.is_word(a) and len(b) >= 4 and lex.is_name(b))
        for i in range(3, len(main) - 2)
        for a, b in ((main[:i], main[i:]),)
    )


def _is_name(piece: str, lex: Lexicon) -> bool:
    return len(piece) >= 3 and lex.is_name(piece) and not lex.is_word(piece)
