"""Blanking boilerplate: share and follow-us lines, app promotions, "read the original
article", advertisement markers, aggregator disclaimers, photo credits, bylines, bare URLs,
wire datelines ("BALI, Nov 14 (Reuters) - ").

`clean(text)` returns a string of exactly the same length, with boilerplate overwritten by
spaces (line breaks kept), so an offset into the cleaned text is an offset into the original
and evidence still slices the article as it was read.

The rules are conservative: whole-line rules only fire on short lines of a recognisable
shape, so a news sentence that happens to contain "share", "photo" or "more" is never blanked.
"""
from __future__ import annotations

import re

__all__ = ["clean", "boilerplate_spans", "dateline_date", "dateline_place"]

_I = re.IGNORECASE

_PLATFORMS = (r"(twitter|x|facebook|instagram|youtube|telegram|linkedin|whatsapp|tiktok|threads|"
              r"google news|snapchat|reddit|pinterest|koo|social media|our (channel|page)s?)")

# A whole line that is only a marker or a button label.
_LONE = re.compile(
    r"[-\u2013\u2014\u2022|*>\s]*(advertisement|advertising|advert|ad|sponsored( content)?|"
    r"story continues (below|after)( (this )?advertisement)?|continue reading( below)?|"
    r"scroll to continue( with content)?|advertisement - scroll to continue|"
    r"images?|photos?|pictures?|videos?|watch|listen|gallery|"
    r"more|less|show (more|less)|read more|see more|load more|view more|"
    r"share|share (this|the) (article|story|post|page)|share this|tweet|e-?mail|print|copy link|"
    r"comments?|leave a (comment|reply)|join the conversation|"
    r"related|related (articles|stories|news|posts|content|topics|coverage)|recommended|"
    r"most read|most popular|trending( now)?|top stories|you may also like|also read|read also|"
    r"click to expand|skip to (main )?content|home|menu|subscribe|sign in|log in)"
    r"[-\u2013\u2014\u2022|*:.!\s]*", _I)

# A line made only of sharing buttons: "Facebook Twitter WhatsApp Email".
_BUTTONS = re.compile(
    r"((share|facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|reddit|pinterest|"
    r"copy link|messenger|flipboard)[\s|\u2022\u00b7,/]*){2,}", _I)

_PARAGRAPH = 1500  # a disclaimer paragraph; a longer line is an article flattened onto one line

# (pattern, longest line it may blank). Searched in the stripped line.
_LINE_RULES: list[tuple[re.Pattern[str], int]] = [
    # follow us / join us / like us on <platform>
    (re.compile(rf"\b(follow|like|join|find) us\b.{{0,60}}\b{_PLATFORMS}\b", _I), 300),
    (re.compile(rf"\bjoin our\b.{{0,40}}\b{_PLATFORMS}\b", _I), 200),
    (re.compile(r"^(for (the|all the) latest|for more|for latest|stay (updated|tuned|informed))\b"
                r".{0,80}\b(follow|click|visit|subscribe|download|like us|join)\b", _I), 300),
    # share buttons and calls to action
    (re.compile(r"^share (this|on|via|the)\b", _I), 150),
    (re.compile(r"\bclick here\b", _I), 250),
    (re.compile(r"^(download|get|install) (the|our)\b.{0,80}\bapps?\b", _I), 250),
    (re.compile(r"^(sign up|subscribe)\b.{0,120}\b(newsletters?|updates|alerts|inbox|channel)\b", _I),
     250),
    # pointers to other articles
    (re.compile(r"^read (the )?(original|full|complete|entire) (article|story|report)\b", _I), 200),
    (re.compile(r"^(also read|read also|read more|see also|related|recommended|more on this|"
                r"read next|must read|don't miss|also see|related (story|stories|articles?|news|"
                r"coverage))\s*[:|>\u00bb\-\u2013\u2014]", _I), 300),
    (re.compile(r"^catch (all )?the (latest )?.{0,120}\bnews\b", _I), 300),
    # aggregator disclaimers: whole paragraphs
    (re.compile(r"^\W*(disclaimer|denial of responsibility)\b", _I), _PARAGRAPH),
    (re.compile(r"\ball trademarks belong to\b", _I), _PARAGRAPH),
    (re.compile(r"\b(auto-generated|published|generated) from an? (syndicated|agency) (news )?feed\b",
                _I), 400),
    # photo and image credits, captions credits
    (re.compile(r"^\(?\s*(photo|photograph|picture|pic|image|file photo|top images?|featured image|"
                r"header image|cover image|lead image|main image|video)"
                r"( credits?| source| courtesy)?\s*(:|\bvia\b|\bby\b|\bcredits?\b|\bcourtesy\b)", _I), 200),
    (re.compile(r"^(reuters|afp|ap|epa|getty images|anadolu( agency)?|xinhua|tass|ani|pti)"
                r"\s*/\s*[\w .'\-]{2,60}$", _I), 80),
    # comment sections, timestamps, copyright
    (re.compile(r"^comments are (closed|disabled)\b", _I), 150),
    (re.compile(r"^(last )?(updated|published|posted|modified|first published)( on| at)?\s*:?\s*"
                r"([a-z]+,? )?(\d{1,2} [a-z]+,? \d{4}|[a-z]+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|"
                r"\d{1,2}/\d{1,2}/\d{2,4}|\d+ (hours?|minutes?|days?) ago)\b.{0,40}$", _I), 120),
    (re.compile(r"^(\u00a9|\(c\)|copyright)\s*(\u00a9\s*)?\d{4}\b", _I), 200),
    (re.compile(r"\ball rights reserved\b", _I), 200),
    # agency credits and reporting lines
    (re.compile(r"^\(\s*(with )?(agency )?inputs? from\b[^()]{0,100}\)\.?$", _I), 120),
    (re.compile(r"^with (agency )?inputs? from\b.{0,60}$", _I), 80),
    (re.compile(r"^\(\s*(additional )?(reporting|writing|editing)( and writing)? by\b[^()]{0,250}\)\.?$",
                _I), 300),
    (re.compile(r"^(additional )?reporting by\b.{0,150}\bediting by\b", _I), 300),
]

# A byline: "By Jane Doe", "By Jane Doe and John Roe | Reuters". Case matters here.
_NAME = r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3}"
_BYLINE = re.compile(rf"(?:By|BY|Written by|Edited by) {_NAME}(?:(?:,| and| &) {_NAME})*"
                     r"(?:\s*[|,\u2013\u2014-]\s*[\w .'&-]{0,40})?")

# A wire dateline opening a line: "BALI, Indonesia, Nov 14 (Reuters) - ", "MOSCOW (AP) — ",
# "Beijing, June 18 (Xinhua) -- ". The place is where the reporter filed from, not an actor,
# and the parse reads it as part of the first sentence; blank it (the sentence is kept).
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_AGENCY = r"\((?:[A-Z][\w.&' ]{0,30})\)"
_REGION = r"(?:,\s*[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2})?"
_DATE = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_DASH = r"\s*(?:-{1,2}|\u2013|\u2014)\s+"
# several filing cities share one dateline: "DOHA/JERUSALEM, Nov 22 (Agency) - "
_CAPS_CITY = r"[A-Z][A-Z.'\u2019-]{2,}(?:[ -][A-Z][A-Z.'\u2019-]+){0,3}"
_CITY = r"[A-Z][a-zA-Z]+(?:[ -][A-Z][a-z]+){0,2}"
_DATELINE = re.compile(
    rf"^(?:{_CAPS_CITY}(?:/{_CAPS_CITY}){{0,3}}{_REGION}{_DATE}?\s*(?:{_AGENCY})?"
    rf"|{_CITY}{_REGION}{_DATE}?\s*{_AGENCY}"
    # "Caracas, Venezuela \u2013 ": a mixed-case city and its country before a long dash
    rf"|{_CITY},\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[\u2013\u2014]\s)){_DASH}(?=[A-Z\u201c\"'])")

# Inline: bare links and photo-credit parentheticals (the sentence around them is kept).
_URL = re.compile(r"(?:\bhttps?://|\bwww\.|\bpic\.twitter\.com/)\S+", _I)
_URL_TAIL = ".,;:!?)]}'\"\u2019\u201d"
# In a flattened article the aggregator disclaimer is its tail: blank from the marker on.
_DISCLAIMER_TAIL = re.compile(r"\b(disclaimer|denial of responsibility)\s*[:!.\-\u2013\u2014]", _I)
_DISCLAIMER_WORDS = re.compile(r"\b(trademarks?|aggregator|rightful owners?|copyright|no liability|"
                               r"not responsible|responsibility)\b", _I)
_INLINE = [
    re.compile(r"\((?:photo|image|picture|file photo|photograph|pic|video)(?: credit)?\s*"
               r"(?::|/|\bby\b|\bvia\b|\bcourtesy\b)[^()\n]{0,100}\)", _I),
    re.compile(r"[-\u2013\u2014]\s*advertisement\s*[-\u2013\u2014]", _I),
]


def _dateline(text: str):
    """The wire dateline opening the text (its first non-blank line among the first three),
    or the line after its headline ('Xi meets Vietnamese leader' / 'BEIJING, Aug 15 (Reuters)
    - ...': a short first line that ends no sentence), or None."""
    lines = [line for line in text.split("\n")[:6] if line.strip()][:2]
    for n, line in enumerate(lines):
        m = _DATELINE.match(line, len(line) - len(line.lstrip()))
        if m or n == 1 or len(line.strip()) > 150 or line.rstrip()[-1:] in ".!?\"\u201d":
            return m
    return None


def dateline_date(text: str) -> str | None:
    """The date a wire dateline at the top of the text gives ("KYIV, Oct 10 (AP) -" ->
    "Oct 10"), or None."""
    m = _dateline(text)
    d = re.search(_DATE, m.group()) if m else None
    return d.group().strip(" ,") if d else None


def dateline_place(text: str) -> tuple[str, str | None] | None:
    """(city, region) a wire dateline at the top of the text was filed from ("NAIROBI, Feb
    29 (Agency) -" -> ("Nairobi", None); "BALI, Indonesia, Nov 14" -> ("Bali", "Indonesia")),
    or None; None too when several cities share the dateline."""
    m = _dateline(text)
    if m is None:
        return None
    parts = [p.strip(" -\u2013\u2014") for p in m.group().split("(")[0].split(",")]
    parts = [p for p in parts if p and not re.match(_MONTH + r"\s+\d", p) and not p.isdigit()]
    if not parts or "/" in parts[0]:
        return None
    city = parts[0].title() if parts[0].isupper() else parts[0]
    return city, (parts[1] if len(parts) > 1 else None)


def clean(text: str) -> str:
    """`text` with boilerplate replaced by spaces; the same length, line breaks kept."""
    spans = boilerplate_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(re.sub(r"[^\r\n]", " ", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) offsets of the boilerplate in `text`."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        content = (start + lead, start + lead + len(stripped))
        if _is_boilerplate_line(stripped):
            spans.append(content)
            continue
        spans.extend(_inline_spans(line, start))
    return _merged(spans)


def _is_boilerplate_line(line: str) -> bool:
    if len(line) <= 60 and (_LONE.fullmatch(line) or _BUTTONS.fullmatch(line)):
        return True
    if len(line) <= 90 and _BYLINE.fullmatch(line):
        return True
    for pattern, longest in _LINE_RULES:
        if len(line) <= longest and pattern.search(line):
            return True
    return False


def _inline_spans(line: str, offset: int) -> list[tuple[int, int]]:
    found = []
    lead = len(line) - len(line.lstrip())
    dateline = _DATELINE.match(line, lead)
    if dateline:
        found.append((offset + lead, offset + dateline.end() - len(dateline.group()) + len(dateline.group().rstrip())))
    for m in _URL.finditer(line):
        url = m.group().rstrip(_URL_TAIL)  # keep the full stop that ends the sentence
        if url:
            found.append((offset + m.start(), offset + m.start() + len(url)))
    for pattern in _INLINE:
        found.extend((offset + m.start(), offset + m.end()) for m in pattern.finditer(line))
    tail = _DISCLAIMER_TAIL.search(line)
    if tail and len(line.rstrip()) - tail.start() <= _PARAGRAPH \
            and _DISCLAIMER_WORDS.search(line, tail.end()):
        found.append((offset + tail.start(), offset + len(line.rstrip())))
    return found


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
