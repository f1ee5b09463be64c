"""What each amount measures: the phrase it is the value of, its role, what it is compared
with, the time it refers to and whose it is (spec/measure-guide.md, issue #16).

Read from the sentence around each number, not from a fixed window:

- ``measure``: the words before the verb that leads to the number (``thu ngân sách … đạt``),
  after a reporting verb or a target word, without the time phrase and the leading
  connective; after a percentage that counts something (``100% tổ dân phố …``), the words
  after it; a clause with no subject of its own (``…, bằng 106% dự toán``) or one opened by
  ``số này`` takes the measure of the item before it;
- ``role``: a price unit makes a ``price``; a target word earlier in the sentence a ``target``;
  the verb before the number a ``change`` (``tăng``, ``vượt``), a ``ratio`` (``bằng``, or
  ``đạt`` followed by a plan) or a ``share`` (``chiếm``); else a ``value``;
- ``reference``: ``so với X`` after the number, or the noun phrase straight after a ratio's,
  share's or change's number (``dự toán thành phố giao``);
- ``period``: the time phrase nearest before the number in its sentence (``năm 2025``,
  ``6 tháng đầu năm``, ``quý I/2025``, ``giai đoạn 2021-2025``, ``lũy kế đến hết tháng 9``,
  ``trong vòng một năm``, ``mỗi năm``), else after it in its clause or in a bracket straight
  after it, else the one of the item before it in the paragraph; for all but goals, else the
  time opening the paragraph before, else the time a review in the title or lead names
  ("tổng kết … năm 2025"). The moment something takes effect ("từ 15h chiều nay") is none;
- ``holder``: the nearest organization or place named before the number in its sentence
  that does not only report it, else the person "ông"/"bà" stands for, else the first of the
  title and lead, else the item before's in the paragraph; a locality's organ stands for the
  locality ("UBND xã Thường Tín" gives "xã Thường Tín"); the Government and the central bank
  hold none of the nation's figures.

Cue words are data (``lexicon/data/measure_cues.tsv``). Spans index the normalized text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

from ..lexicon.keys import LOCALITY_WORDS, locality_unit_length
from ..lexicon.loader import data_lines
from ..schema import Role
from ..text.spans import SpanIndex, opens_a_quote

Range = tuple[int, int]

_WORD = re.compile(r"\w+(?:[.,/-]\w+)*|[^\w\s]")
_COMPARED_TIME = re.compile(r"(?:so với|cùng kỳ|so)\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\n–—…]|,(?!\d)|\.(?!\d)| - ")

# A day and month ("ngày 15/2", "ngày 1.7"), the year after them left to each use.
_DAY_MONTH = r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
# The day something takes effect from ("giảm 25% giá vé từ ngày 15.10.2017", "từ 1/1/2026"): the
# time of a change, a price or a goal in its own sentence, never carried to another sentence.
_DAY = rf"(?:{_DAY_MONTH}(?:\s*[/.-]\s*\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)(?!\d)(?![/.-]\d)"
_TAKING_EFFECT = (
    rf"(?:kể\s+)?từ\s+{_DAY}(?:/?\s+(?:đến|tới)\s+{_DAY})?"  # "từ ngày 1/10 đến ngày 27/12/2017": a stretch
)
_TAKES_EFFECT = re.compile(_TAKING_EFFECT, re.IGNORECASE)
# A time to come named only so ("trong thời gian tới"): a named time after the amount is more its own.
_TIME_TO_COME_WORDS = r"(?:trong\s+)?(?:thời gian|giai đoạn|những năm|các năm)\s+tới"
_TIME_TO_COME = re.compile(_TIME_TO_COME_WORDS, re.IGNORECASE)
# Time phrases the guide counts as a period (not the day of the event: "ngày 17/12").
_PERIOD = re.compile(
    # from a start up to now: "từ đầu năm (2017) đến nay", "từ đầu tháng 9 đến nay"
    r"từ\s+đầu\s+(?:năm(?:\s+(?:nay|\d{4}))?|tháng\s+\d{1,2}(?:/\d{4})?|quý(?:\s+[IV]{1,3}|\s+[1-4])?)\s+(?:đến|tới)\s+nay"
    # a stretch between two years or months: "từ năm 2020 đến năm 2023", "từ tháng 1/2024 đến tháng 6/2025"
    r"|từ\s+(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)"
    r"|từ\s+tháng\s+\d{1,2}\s*[/-]\s*\d{4}\s+(?:đến|tới)\s+tháng\s+\d{1,2}\s*[/-]\s*\d{4}"
    rf"|{_TAKING_EFFECT}"
    r"|(?:(?:tính\s+)?(?:lũy kế|luỹ kế)\s+|tính\s+)?(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|hết\s+)(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?|(?<=hết )\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])|tháng\s+\d{1,2}(?:[/-]\d{4})?|cuối năm(?:\s+\d{4})?|năm\s+\d{4})"
    r"|(?:cả\s+|trong\s+)?giai đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*[-–]\s*(?:năm\s+)?\d{4}"
    r"|giai đoạn\s+(?:\d{1,2}|[IV]{1,3})(?![\w/.-])"  # a project's phase: "giai đoạn 1", not "giai đoạn vừa qua"
    # a stretch counted back from now: "trong vòng một năm", "ba năm vừa qua", "trong 10 ngày"
    r"|trong vòng\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:năm|tháng|tuần|ngày)(?:\s+(?:trở lại đây|vừa qua|gần đây|qua))?"
    r"|(?:trong\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:năm|tháng|tuần|ngày)\s+(?:trở lại đây|vừa qua|gần đây|qua)"
    r"|trong\s+\d+\s+(?:ngày|tuần)"
    r"|mỗi\s+(?:năm|tháng|ngày)"
    r"|năm học\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?:các\s+)?năm\s+\d{4}\s*[-–]\s*\d{4}"
    r"|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?<!kỳ hạn )(?<!thời hạn )(?<!sau )(?<!\d)\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+(?:của\s+)?năm(?:\s+(?:nay|\d{4}))?)?"
    r"|quý\s+(?:[IV]{1,3}(?!\w)|[1-4](?!\d))(?:\s*[/.-]\s*\d{4}|\s+(?:năm\s+)?\d{4})?"
    r"|(?<!kỳ hạn )(?<!thời hạn )(?:6|sáu|9|chín)\s+tháng"
    r"|tháng\s+\d{1,2}(?:\s*/\s*\d{4}|-\d{4}(?!\d)|\s+năm\s+\d{4})?"
    # not a birth year ("sinh năm 1978"), but an intake's ("tuyển sinh năm 2026")
    r"|(?:(?<=tuyển sinh )|(?<=học sinh )|(?<!sinh ))(?:cả\s+|trong\s+|của\s+)?năm\s+(?:\d{4}|nay|ngoái|qua|trước|tới|sau)"
    r"|cả năm"
    rf"|{_TIME_TO_COME_WORDS}"  # a goal's time to come
    r"|(?<=\s)(?<!SN )(?<!SN: )(?<!sinh năm )(?:19|20)\d{2}(?=[\s,.;:)]|$)",  # not a birth year: "(SN 1978)", "sinh năm 1980"
    re.IGNORECASE,
)


# The cue kinds looked for anywhere in a stretch before an amount (``_last_cue``); only their
# places in the text are found up front, not those of every kind.
_LOOKED_BACK_FOR = ("target", "forecast", "plan", "report", "connective", "lead", "possess")

# Bounds that keep the reading linear on any input: how far before an amount its cues and
# time phrases are looked for, and how many names back a holder is.
WINDOW = 600
MAX_NAMES_BACK = 40
# How far into a paragraph a time that frames the paragraphs after it may stand.
FRAME_OPENING = 40

# Words that do not end what is measured, and the fewer that do not begin it ("Chỉ số giá",
# "tổng thu" begin one).
_FUNCTION_WORDS = frozenset(
    "là ở tại mức hiện nay hôm của trong với được có đã bị phải cũng chỉ đang sẽ vẫn tổng cộng thì mà này đó các những vào".split()
)
# a function word that closes a longer word is no function word there: "thực | hiện"
_WORDS_ENDING_IN_ONE = frozenset(
    ("thực hiện", "phát hiện", "xuất hiện", "thể hiện", "biểu hiện", "tái hiện", "hiển hiện", "nội tại")
)
# Words that end no measure though they may begin one: "ước" (estimated) before a verb it
# qualifies ("Số lượng thuốc lá buôn lậu | ước | tăng 10%"), where "ước tính …" opens a measure.
_TRAILING_WORDS = frozenset({"ước"})
_LEADING_FUNCTION_WORDS = (_FUNCTION_WORDS - {"chỉ", "tổng", "mức"}) | {"về", "đến", "tới"}
# "Now" words end what is measured and give no period (the guide: "hiện nay" is null).
_NOW_WORDS = "hôm nay|hiện nay|hiện tại"
_NOW = re.compile(rf"(?<!\w)(?:{_NOW_WORDS})(?!\w)", re.IGNORECASE)
# The same, and "đến nay" (up to now), anywhere before an amount in its sentence: its time is
# now, and no time of an earlier sentence is its period (the guide: "đến nay" is null).
# "Hiện" alone is the adverb "currently" ("hiện ở mức", "hiện có", "Hiện, giá …"), not the
# second half of a word ("thực hiện", "phát hiện") nor the first ("hiện đại", "hiện trường").
# (The words before it are looked behind from the end of "hiện", once it has matched: a
# look-behind before it would be tried at every position and double the reader's time.)
_CURRENTLY = (
    r"hiện(?<!thực hiện)(?<!phát hiện)(?<!xuất hiện)(?<!thể hiện)(?<!biểu hiện)(?<!hiển hiện)(?<!tái hiện)"
    r"(?! (?:đại|thực|trường|tượng|diện|hành|hữu|vật|hình|thân|ra|lên|trạng|kim|dịch)(?!\w))"
)
_NOW_IN_SENTENCE = re.compile(rf"(?<!\w)(?:{_NOW_WORDS}|(?:đến|tới) nay|{_CURRENTLY})(?!\w)", re.IGNORECASE)
# The moment something takes effect or happens ("từ 15h chiều nay", "từ ngày 1/7/2024", "sáng
# nay"): not part of what is measured; an hour or "sáng nay" is no period (the measure guide),
# while a day something takes effect from is one (_TAKING_EFFECT, as the measure gold has it).
_EVENT_TIME = re.compile(
    r"(?<!\w)(?:(?:kể\s+)?từ\s+|vào\s+)?"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?(?:\s+(?:sáng|chiều|tối|trưa|đêm))?(?:\s+(?:hôm\s+)?nay)?"
    r"|(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|mai)"
    rf"|{_DAY_MONTH}(?:\s*[/.-]\s*\d{{2,4}})?)(?!\w)",
    re.IGNORECASE,
)
# A comparison that opens a sentence ("So với cùng kỳ năm trước, …").
_FRONTED_COMPARISON = re.compile(r"\s*(?:[Ss]o với|[Ss]o)\s+([^,.;:]{2,60}),")
_QUOTED_DAY = re.compile(rf"(?<!\w){_DAY_MONTH}(?:\s*[/.-]\s*\d{{4}})?(?!\w)", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"(?<!\w)lần lượt(?!\w)", re.IGNORECASE)
# The longest subject read from a list before "lần lượt" ("Doanh thu và lợi nhuận của công ty").
_MAX_LISTED_SUBJECT = 8
# What may stand between an amount and its own time after it ("5,8% | vào | năm 2016"), matched
# whole after an amount, or found ending where a time begins.
_OWN_TIME_GAP_WORDS = r"\s*(?:vào\s+|trong\s+)?"
_OWN_TIME_GAP = re.compile(_OWN_TIME_GAP_WORDS, re.IGNORECASE)
_GAP_BEFORE_OWN_TIME = re.compile(_OWN_TIME_GAP_WORDS + "$", re.IGNORECASE)
_UNTIL = re.compile(r"(?:đến|tới|hết)\s*$", re.IGNORECASE)
# "ông", "bà" used alone, standing for a person named before (not before a name: "ông Nguyễn …").
_PERSONAL_PRONOUN = re.compile(r"(?<!\w)(?:ông|bà)(?!\w)")
# Words that open a new clause even inside "100% … giữ vững …" ("… 78,3% vốn nên lượng cổ phiếu …").
_CLAUSE_CONJUNCTIONS = frozenset("nên nhưng song vì".split())
# The label of a list item before its colon, after any honorific, and its longest.
_MAX_LABEL_WORDS = 10
_LABEL = re.compile(r"\s*(?:(?i:ông|bà|anh|chị|cô|chú|bác|cụ|em|cháu)\s+)?(?P<name>[^\s,;:()][^,;:()]*?)\s*")

# "… tỷ đồng của <name>": the owner named right after an amount.
_OWNER_AFTER = re.compile(r"\s+(?:của|giữa)\s+(?:(?:ông|bà|anh|chị)\s+)?")
_AND = re.compile(r"\s+(?:và|với)\s+")
# "… tiếp nhận số tiền ủng hộ 6 tỷ đồng | từ | Ủy ban MTTQ TP Hải Phòng": a gift received is the giver's.
_GIVER_AFTER = re.compile(r"\s+từ\s+")
# Between "của" / "từ" and the body whose people own or give an amount: lower-case nouns and commas.
_MAX_OWNER_LEAD = 8
_NOT_OWNER_LEAD = frozenset("tại ở trên cho với để vào trong và hoặc là do theo về".split())
_RECEIVED = re.compile(r"(?<!\w)(?:tiếp nhận|nhận được|nhận)(?!\w)", re.IGNORECASE)

# Between a change and the same change as a percentage: "…, tương ứng | 1,8%", "… (+ | 0,98%)".
_SAME_MOVE_AGAIN = re.compile(
    r"\s*(?:\(\s*[+-]?|,?\s*(?:tương ứng|tương đương|tức)(?:\s+với)?(?:\s+mức)?)\s*", re.IGNORECASE
)

# Between a sum and the same sum in another currency: "365 USD (tương đương | 8,2 triệu đồng)".
_SAME_SUM_AGAIN = re.compile(
    r"\s*\(\s*(?:(?:tương đương|tương ứng|khoảng|gần|hơn|tức|~|≈)(?:\s+với)?\s*)?", re.IGNORECASE
)

# A percentage item opened by "vượt" (the number grammar's comparative, read as a bound where no
# comparison follows): not "vượt quá", which bounds it.
_EXCESS_ITEM = re.compile(r"vượt\s+(?!quá)", re.IGNORECASE)

# A move counted in its own unit, then its percentage in brackets or after "tương đương": "tăng
# 12,5 điểm | (0,98%)", "tăng 15,2 điểm, tương đương | 1,2%".
_MOVE_IN_BRACKETS = re.compile(
    r"(?<!\w)(?:tăng|giảm)\s+(?:thêm\s+)?\d[\d.,]*\s+\w+(?:\s+\w+)?\s*(?:\(\s*(?:tương đương\s+)?|,\s*tương đương\s+)$",
    re.IGNORECASE,
)
# A sign in brackets before a percentage, outside the item ("(+0,4%)") or its first character ("(-0,5%)").
_SIGNED_IN_BRACKETS = re.compile(r"\(\s*[+\-−](?:\s*$|\d)")

# A short form in brackets ("Tổng sản phẩm (GRDP) của tỉnh") does not end a clause.
_SHORT_FORM = re.compile(r"\(\w{2,10}\)")
# Nouns for a kind of place between a preposition and a place's name ("sang | các nước | Đông
# Nam Á"), and the prepositions of motion that name a place only through one ("về | vùng biển | Trà Cổ").
_PLACE_KIND_WORDS = frozenset("các những nước thị trường quốc gia vùng biển khu vực".split())
_MOTION = frozenset({"đến", "tới", "về"})
# How a deal's or a gift's sum is introduced after what is dealt or given (the verb "trị giá"
# is read before the subject, so "với tổng | trị giá" leaves "với tổng"); longest first.
_DEAL_SUMS = (
    ("với", "tổng", "giá", "trị"),
    ("với", "giá", "trị"),
    ("với", "tổng", "trị", "giá"),
    ("với", "trị", "giá"),
    ("với", "tổng"),
    ("với", "giá"),
)
# Who a gift goes to, named before their place ("ủng hộ | đồng bào | miền Trung").
_MAX_RECIPIENT_WORDS = 6
_RECIPIENTS = (("đồng", "bào"), ("người", "dân"), ("nhân", "dân"), ("bà", "con"), ("hộ", "nghèo"))
# Verbs of giving or submitting: the name right after one receives the amount or the proposal
# ("trao tặng | Trường …", "trình | Bộ GTVT | phương án giảm 25%").
_GIVING = (
    ("tặng",),
    ("trao",),
    ("ủng", "hộ"),
    ("tặng", "cho"),
    ("trao", "cho"),
    ("ủng", "hộ", "cho"),
    ("trình",),
    ("gửi",),
)
# Verbs of raising money: a fund named after one is what the money goes to ("vận động | Quỹ Vì
# người nghèo được 1,2 tỷ đồng", "đóng góp | Quỹ Phòng, chống thiên tai"); another body after
# them gives it ("vận động | Công ty A tài trợ …").
_RAISING_FOR = (("vận", "động"), ("quyên", "góp"), ("đóng", "góp"))
# How far back in its clause a gift's verb may stand before a second recipient joined by "và".
_GIFT_REACH = 160
# A quantifier and a common noun for holders as a whole subject: who, not what ("nhiều nơi đạt
# trên 90%" measures what the clause before names).
_HOLDER_QUANTIFIERS = ("nhiều", "một số", "các", "những", "hầu hết", "đa số", "phần lớn", "một vài", "mọi")
_HOLDER_NOUNS = frozenset(
    "nơi|địa phương|đơn vị|tỉnh|thành phố|xã|phường|huyện|quận|bộ|ngành|doanh nghiệp|trường|cơ sở|cơ quan".split("|")
)
# A name after these modifies what is measured rather than owning it ("… tại Việt Nam").
_PLACE_PREPOSITIONS = (["tại"], ["của"], ["ở"], ["trên"], ["thuộc"], ["từ"], ["sang"], ["vào"])
# The cue kinds that stand where a clause's subject ends.
_VERB_KINDS = ("verb", "change", "ratio", "share", "report", "lead")
# Before the agent of a passive or a relative clause ("được NHNN niêm yết", "do UBND tỉnh làm chủ đầu tư").
_AGENT_MARKERS = (["được"], ["do"])
# Words of manner between a verb of change and the level it moves from or to ("tăng mạnh từ").
_MANNER_WORDS = frozenset("mạnh nhẹ thêm vọt".split())
# How a rise or fall went, between its verb and its number ("tăng mạnh | 20%", "giảm nhẹ | 2%",
# "tăng vọt | tới 77%", "tăng đáng kể"): not part of the verb's cue, skipped to find it.
_HOW_IT_MOVED = frozenset("mạnh mẽ nhẹ vọt sâu nhanh chậm đáng kể".split())
_MOVES = frozenset({"tăng", "giảm"})
# Words that make a percentage's measure a rate of growth.
_GROWTH_WORDS = ("tăng trưởng", "mức tăng", "tốc độ tăng", "mức giảm", "tốc độ giảm")
# "tăng | vốn điều lệ | thêm 1.000 tỷ đồng", "giảm | giá | đến 30%": after a rise or fall and what
# rose or fell, these say the number is how much it moved; a level's words ("lên", "xuống mức")
# are verb cues and say it is where it got to.
_BY_HOW_MUCH = frozenset({"thêm", "đến", "tới"})
_MAX_MOVED_WORDS = 8
# How far after a gift's sum whom or what it is for may run ("tặng 50 triệu USD | cho các trường …").
_MAX_PURPOSE_WORDS = 14
# "cho" after a sum, before whom it is given ("trao 100 triệu đồng | cho | Trường A").
_GIVEN_TO = re.compile(r" cho $")
# An outlet quoted, by what it is called before its name ("theo tờ", "theo hãng tin").
_QUOTED_OUTLETS = tuple(
    ("theo", *kind)
    for kind in (("tờ",), ("báo",), ("tạp", "chí"), ("hãng", "tin"), ("trang",), ("trang", "tin"), ("kênh",), ("đài",))
)
# Words after a rise or fall that say how it went, not what moved ("giảm | đi", "tăng | mạnh").
_NOT_A_NOUN_WORDS = (
    _HOW_IT_MOVED
    | _MANNER_WORDS
    | frozenset("đi dần liên tục và hoặc là khi thì nên nhưng mà vì bị đạt bằng chiếm vượt lên xuống còn".split())
)
# Words that make a percentage a rate, so a price (the measure guide: "lãi suất 6%/năm").
_RATE_WORDS = ("lãi suất", "thuế suất", "trần")
# A cap a number sets, exceeded ("vượt | trần lãi suất | 14%", "vượt | mức trần | 5%").
_CAP_WORDS = (("trần",), ("mức", "trần"))
_LONGEST_CAP = max(map(len, _CAP_WORDS))
# Words that make a percentage after them a part of a whole.
_SHARE_WORDS = ("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng")
# Prepositions after a share or ratio that open no whole or reference.
_NOT_A_WHOLE = frozenset("vào trong tại ở từ đến tới trên sau trước khi nhờ do".split())
# Words that end a reference ("so với quý trước | nhưng tăng …").
_REFERENCE_ENDS = frozenset("và do nhờ là khi trong tăng giảm đạt nhưng song lên xuống".split())
# Words that end a noun phrase after an amount.
_NOT_A_NOUN = frozenset(
    "và hoặc do nhờ là khi trong so với cho từ tại của để thì nên nhưng song mà vì theo được bị đã sẽ đang tăng giảm đạt về "
    "bằng chiếm vượt lên xuống còn nói trên này đó đối gồm vào sau trước khiến mỗi giữa".split()
)
# Two-word prepositions and adverbs that open no noun after an amount ("chiếm đoạt 69 tỷ đồng |
# thông qua Công ty BSC", "17,5 tỷ đồng (trung bình mỗi ngày …)").
_NOT_A_NOUN_PAIRS = (["thông", "qua"], ["trung", "bình"], ["bình", "quân"], ["cùng", "với"])
# The longest count after "với" that a share after it measures ("với 440/445 đại biểu tán thành").
_MAX_COUNTED_WORDS = 8
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
# A quote's side after a price ("152,5 triệu đồng/lượng | mua vào"): no noun of what is priced.
_QUOTE_SIDES = (["mua", "vào"], ["bán", "ra"])

# What opens a clause of its own after a goal: "… và | đã hoàn thành", "…, đến tháng 9 đã đạt".
_RESULT_OPENERS = frozenset({"và", ",", "nhưng", "song", "nay", "mới"})
# "chi phí | cho kiểm tra chuyên ngành", "trả lãi vay | của tập đoàn": a noun's complement.
_COMPLEMENT_WORDS = frozenset({"của", "cho"})
# Words before a quantity's noun that make them a clause of their own, not its modifiers
# ("giải ngân | vốn đầu tư công" keeps its verb, as the measure guide does).
_MIN_LEAD_BEFORE_QUANTITY = 3
_PASSING = frozenset({"quá"})


def _names_one_of(words: Sequence[str], phrases: Sequence[str]) -> bool:
    """Does one of the phrases stand among the words, whole words each ("tỷ lệ" in "Tỷ lệ hộ
    nghèo", "tăng trưởng" in "tốc độ tăng trưởng")?"""
    joined = f" {' '.join(w.lower() for w in words)} "
    return any(f" {phrase} " in joined for phrase in phrases)


def _starts_with_one_of(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


def _ends_with_one_of(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Do the words end with one of the phrases ("… quyên góp | ủng hộ")?"""
    return any(list(words[-len(phrase) :]) == list(phrase) for phrase in phrases)


def _names_a_rate(words: Sequence[str]) -> bool:
    """Do the words name a rate or a share ("tỷ lệ", "tỷ trọng") anywhere in them?"""
    return _names_one_of(words, _SHARE_WORDS)


def _ends_in_function_word(kept: list[tuple[str, Range]]) -> bool:
    if not kept or (kept[-1][0] not in _FUNCTION_WORDS and kept[-1][0] not in _TRAILING_WORDS):
        return False
    return len(kept) < 2 or f"{kept[-2][0].lower()} {kept[-1][0]}" not in _WORDS_ENDING_IN_ONE


def _only_whose(kept: list[tuple[str, Range]]) -> bool:
    """Are the words a quantifier and a common noun for holders, and nothing else ("nhiều nơi",
    "một số địa phương", "các đơn vị")?"""
    words = " ".join(w.lower() for w, _ in kept)
    for quantifier in _HOLDER_QUANTIFIERS:
        if words.startswith(quantifier + " ") and words[len(quantifier) + 1 :] in _HOLDER_NOUNS:
            return True
    return False


def _names_growth(words: Sequence[str]) -> bool:
    """Do the words name a growth or its rate ("tăng trưởng tín dụng", "tốc độ tăng")?"""
    return _names_one_of(words, _GROWTH_WORDS)


def _complement_at(words: list[str], k: int) -> bool:
    """Does a complement ("của …", "cho …") of the noun before it begin at ``words[k]``?"""
    following = words[k + 1] if k + 1 < len(words) else ""
    return words[k] in _COMPLEMENT_WORDS and following.isalpha() and following not in _NOT_A_NOUN


# A measure of one of these words alone names nothing: function words and pronouns.
_NO_MEASURE_WORDS = _FUNCTION_WORDS | _NOT_A_NOUN | frozenset("cả nó họ tuy thế dưới đến kể cũng".split())

# The words of a locality's unit ("thị xã"), lower case.
_UNIT_PARTS = frozenset(w for unit in LOCALITY_WORDS for w in unit.split()) | {"tp"}


@dataclass(frozen=True)
class MeasureCues:
    """The cue words of measure_cues.tsv, by kind, each as a tuple of lower-case words."""

    by_kind: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def load(cls) -> MeasureCues:
        kinds: dict[str, list[tuple[str, ...]]] = {}
        for line in data_lines("measure_cues.tsv"):
            phrase, kind = line.split("\t")
            kinds.setdefault(kind, []).append(tuple(phrase.lower().split()))
        for line in data_lines("qualifiers.tsv"):  # the words for "about" the number reader knows
            phrase, meaning, place = line.split("\t")
            if meaning == "about" and place == "before":
                kinds.setdefault("about", []).append(tuple(phrase.lower().split()))
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()})

    @cached_property
    def _by_last_word(self) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
        """Cues by kind and by their last word, longest first: a look-up, not a scan, per position."""
        index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for kind, cues in self.by_kind.items():
            for cue in cues:
                index.setdefault(kind, {}).setdefault(cue[-1], []).append(cue)
        return {kind: {w: tuple(c) for w, c in by_word.items()} for kind, by_word in index.items()}

    @cached_property
    def looked_back_last_words(self) -> dict[str, tuple[str, ...]]:
        """For each word that ends a cue of a kind looked back for, those kinds."""
        index: dict[str, list[str]] = {}
        for kind in _LOOKED_BACK_FOR:
            for word in self._by_last_word.get(kind, {}):
                index.setdefault(word, []).append(kind)
        return {word: tuple(found) for word, found in index.items()}

    def ending_at(self, words: Sequence[str], kind: str, end: int | None = None) -> int:
        """How many of the words before ``end`` (all of them by default) make a cue of ``kind``."""
        end = len(words) if end is None else end
        if not end:
            return 0
        for cue in self._by_last_word.get(kind, {}).get(words[end - 1], ()):
            if len(cue) <= end and tuple(words[end - len(cue) : end]) == cue:
                return len(cue)
        return 0

    def inside_noun(self, words: Sequence[str], start: int, end: int) -> bool:
        """Are the cue words ``start`` … ``end`` part of a noun that reaches past them ("chứng
        từ", "từ thiện", "tăng trưởng"), so no cue?"""
        nouns = self.by_kind.get("noun", ())
        longest = max((len(noun) for noun in nouns), default=0)
        for i in range(max(0, start - longest + 1), end):
            n = self.starting_at(words[i:], "noun")
            if n and i + n > start and (i < start or i + n > end):
                return True
        return False

    def starting_at(self, words: Sequence[str], kind: str) -> int:
        if kind != "noun" and any(tuple(words[: len(noun)]) == noun for noun in self.by_kind.get("noun", ())):
            return 0  # "tăng trưởng" is a noun, not the verb "tăng"
        for cue in self.by_kind.get(kind, ()):
            if tuple(words[: len(cue)]) == cue:
                return len(cue)
        return 0


@cache
def default_cues() -> MeasureCues:
    return MeasureCues.load()


@dataclass(frozen=True)
class AmountAt:
    """An amount to read facts for: its span, its kind, and whether it is a price."""

    start: int  # the number itself (after any qualifier)
    end: int
    item_start: int  # the item's whole span, qualifier included
    kind: Literal["percentage", "money"]
    per: str | None = None


@dataclass
class AmountFacts:
    role: Role = "value"
    measure: Range | None = None
    reference: Range | None = None
    period: Range | None = None
    holder: Range | None = None


@dataclass(frozen=True)
class _Words:
    """The words of a stretch of text, lower case, with their spans."""

    words: list[str]
    spans: list[Range]
    first: int  # the index of the first word among the whole text's

    @classmethod
    def of_text(cls, text: str) -> _Words:
        found = [(m.group().lower(), (m.start(), m.end())) for m in _WORD.finditer(text)]
        return cls([w for w, _ in found], [s for _, s in found], 0)


def _without_how_it_moved(words: list[str]) -> tuple[list[str], list[int]]:
    """The words without those saying how a rise or fall went, right after "tăng"/"giảm", and
    for each word left out the index (among the words kept) it stood before."""
    kept: list[str] = []
    skipped: list[int] = []
    for word in words:
        if word in _HOW_IT_MOVED and kept and kept[-1] in _MOVES:
            skipped.append(len(kept))
        else:
            kept.append(word)
    return kept, skipped


def _is_income(subject: _Words) -> bool:
    """Income per person (per year) is a value, not a price (the measure guide)."""
    return "thu nhập" in " ".join(subject.words)


def _strip(text: str, a: int, b: int) -> Range | None:
    while a < b and (text[a].isspace() or text[a] in ",.;:-–“”\"')"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",.;:-–“”\"'"):
        if text[b - 1] in _CLOSING_QUOTES and opens_a_quote(text[a : b - 1]):
            break  # 'danh hiệu "Gia đình văn hóa"': the quote the phrase opened closes in it
        b -= 1
    return (a, b) if b > a else None


_CLOSING_QUOTES = frozenset('"”')


class FactReader:
    """Reads the facts of every amount in one text."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Range],
        paragraphs: Sequence[Range],
        names: Sequence[Range],
        cues: MeasureCues | None = None,
        places: Sequence[Range] = (),
        persons: Sequence[Range] = (),
        officers: Sequence[Range] = (),
        companies: Sequence[Range] = (),
    ) -> None:
        self.text = text
        self.sentences = sorted(sentences)
        self.sentence_starts = [a for a, _ in self.sentences]
        self.paragraphs = sorted(paragraphs)
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        # organizations, places and people, for holders; not a title of merit the model tags as
        # a body ("đạt danh hiệu | Tổ dân phố văn hóa")
        self.cues = cues or default_cues()
        self.names = sorted(n for n in names if not self._names_an_award(text, n[0]))
        self.name_starts = [a for a, _ in self.names]
        self.places = sorted(places)  # the names that are places: whose an organ's numbers are
        self.persons = sorted(persons)  # the names that are people: whom "ông", "bà" stand for
        self.person_starts = [a for a, _ in self.persons]
        self.person_ends = [b for _, b in self.persons]
        # A person in a public office, with the title that says so: acting for the body, not
        # holding the numbers near it ("Thứ trưởng Bộ GTVT Nguyễn Nhật đồng ý giảm 25% …").
        self.officers = SpanIndex(officers)
        # Companies report their own results ("Tập đoàn Hòa Phát cho biết doanh thu …"), where a
        # ministry or a statistics office reports the nation's or a sector's.
        self.companies = frozenset(companies)
        # The text is read into words and time phrases once; each amount takes slices of them.
        self._all = _Words.of_text(text)
        self._word_starts = [a for a, _ in self._all.spans]
        self._word_ends = [b for _, b in self._all.spans]
        # Where each kind of cue ends among the text's words (index after it, its length).
        # One pass over the words: only a word that ends some cue is looked up further.
        self._cue_ends: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _LOOKED_BACK_FOR}
        last_words = self.cues.looked_back_last_words
        words = self._all.words
        for end, word in enumerate(words, start=1):
            for kind in last_words.get(word, ()):
                n = self.cues.ending_at(words, kind, end)
                if n and not self.cues.inside_noun(words, end - n, end) and not self._inside_name(end - n):
                    self._cue_ends[kind].append((end, n))
        self._periods = [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
        self._period_starts = [a for a, _ in self._periods]
        # The amounts being read (set by read()): no measure takes one in.
        self._amounts = SpanIndex()
        self._amount_ends: frozenset[int] = frozenset()

    def _names_an_award(self, text: str, start: int) -> bool:
        """Does a title of merit's word stand right before ``start`` ("danh hiệu | …")?"""
        before = text[max(0, start - 24) : start].lower().split()
        return bool(self.cues.ending_at(before, "award"))

    def _inside_name(self, k: int) -> bool:
        """Is the text's ``k``-th word capitalized right after a capitalized word, or after one
        and an opening quote, so part of a name ('Quỹ "Vì người nghèo"'), not a cue ("vì")?"""
        spans, text = self._all.spans, self.text
        if k == 0 or not text[spans[k][0]].isupper():
            return False
        j = k - 1
        if text[spans[j][0] : spans[j][1]] in _OPENING_QUOTES and j > 0:
            j -= 1
        previous = text[spans[j][0] : spans[j][1]]
        return previous[:1].isupper() and previous.isalpha()

    def _words(self, start: int, end: int) -> _Words:
        """The words wholly inside ``start`` … ``end``."""
        i = bisect_left(self._word_starts, start)
        j = max(i, bisect_right(self._word_ends, end))
        return _Words(self._all.words[i:j], self._all.spans[i:j], i)

    def _last_cue(self, kind: str, words: _Words) -> int | None:
        """The index in ``words`` after the last cue of ``kind`` wholly inside them, or None,
        from the cues found once in the whole text."""
        ends = self._cue_ends[kind]
        stop = words.first + len(words.words)
        k = bisect_right(ends, (stop, len(words.words) + 1)) - 1
        while k >= 0 and ends[k][0] > words.first:
            end, n = ends[k]
            if end <= stop and end - n >= words.first:
                return end - words.first
            k -= 1
        return None

    def _goal_reaches(self, before: _Words) -> bool:
        """Does a goal named earlier in ``before`` still cover the amount after it? Not past a
        clause that says what was done ("đặt mục tiêu sản xuất 750 chiếc | và đã hoàn thành 90%
        kế hoạch", "…, đến tháng 9 đã đạt 85%"): "đã" in a later clause reports a result."""
        goal = self._last_cue("target", before)
        if goal is None:
            return False
        after = before.words[goal:]
        return not any(word == "đã" and any(w in _RESULT_OPENERS for w in after[:k]) for k, word in enumerate(after))

    def _periods_in(self, start: int, end: int) -> list[Range]:
        i = bisect_left(self._period_starts, start)
        j = bisect_left(self._period_starts, end)
        return [r for r in self._periods[i:j] if r[1] <= end]

    def _around(self, spans: list[Range], starts: list[int], position: int) -> Range:
        k = bisect_right(starts, position) - 1
        if k >= 0 and spans[k][0] <= position < spans[k][1]:
            return spans[k]
        return (position, position)

    def read(self, amounts: Sequence[AmountAt]) -> list[AmountFacts]:
        results: list[AmountFacts] = []
        self._amounts = SpanIndex((a.item_start, a.end) for a in amounts)
        self._amount_ends = frozenset(a.end for a in amounts)
        previous: tuple[Range, AmountFacts] | None = None  # the item before, in the same paragraph
        last_end = 0
        last_kind = None
        for amount in amounts:
            sentence = self._around(self.sentences, self.sentence_starts, amount.start)
            paragraph = self._around(self.paragraphs, self.paragraph_starts, amount.start)
            before = previous[1] if previous is not None and previous[0] == paragraph else None
            facts = self._read_one(amount, sentence, paragraph, before, last_end)
            if (
                before is not None
                and before.role == "target"
                and facts.role in ("change", "value")
                and sentence[0] <= last_end <= sentence[1]
            ):
                facts.role = "target"  # "… sẽ tăng 18% và sau đó …, mỗi lần tăng 18%": the same plan
            if (
                before is not None
                and amount.kind == last_kind == "money"
                and not amount.per  # "trị giá 127 triệu đồng (500 nghìn đồng/suất)": a unit's price
                and self._joined_to_before(_SAME_SUM_AGAIN, last_end, amount)
            ):
                facts.role = before.role  # "có giá 365 USD (tương đương | 8,2 triệu đồng)": the same sum
            results.append(facts)
            previous = (paragraph, facts)
            last_end, last_kind = amount.end, amount.kind
        self._respectively(amounts, results)
        return results

    def _respectively(self, amounts: Sequence[AmountAt], results: list[AmountFacts]) -> None:
        """ "… doanh thu 170.000 tỷ đồng và lợi nhuận 15.000 tỷ đồng, tăng lần lượt 22% và 25%":
        the amounts after "lần lượt" measure, in order, what the same number of amounts before
        it in the sentence measured."""
        for m in _RESPECTIVELY.finditer(self.text):
            sentence = self._around(self.sentences, self.sentence_starts, m.start())
            inside = sorted(
                (k for k, a in enumerate(amounts) if sentence[0] <= a.item_start < sentence[1]),
                key=lambda k: amounts[k].item_start,
            )
            group = [k for k in inside if amounts[k].item_start >= m.end()]
            earlier = [k for k in inside if amounts[k].end <= m.start()]
            if len(group) < 2:
                continue
            if len(earlier) < len(group):
                # "Doanh thu và lợi nhuận … lần lượt đạt | 1.200 tỷ đồng và 150 tỷ đồng": the subjects
                # listed before it, in order
                for k, measure in zip(group, self._listed_subjects(sentence, m.start(), len(group)), strict=False):
                    results[k].measure = measure
                continue
            for k, source in zip(group, earlier[-len(group) :], strict=True):
                if results[source].measure is not None:
                    results[k].measure = results[source].measure

    def _listed_subjects(self, sentence: Range, respectively: int, count: int) -> list[Range]:
        """The last ``count`` noun phrases listed by "," and "và" before "lần lượt" (and the
        verb before it), each as a subject is read; none unless there are that many, each a
        few words and no amount."""
        words = self._words(sentence[0], respectively)
        end = len(words.words)
        for kind in ("verb", "change", "lead"):
            end -= self.cues.ending_at(words.words, kind, end)  # "… đạt | lần lượt"
        parts: list[_Words] = []
        stop = end
        for i in range(end - 1, -1, -1):
            if words.words[i] in (",", "và") or i == 0:
                first = i + 1 if words.words[i] in (",", "và") else i
                parts.append(_Words(words.words[first:stop], words.spans[first:stop], words.first + first))
                stop = i
                if len(parts) == count:
                    break
        if len(parts) < count or any(
            not p.words or len(p.words) > _MAX_LISTED_SUBJECT or self._amounts.overlaps(p.spans[0][0], p.spans[-1][1])
            for p in parts
        ):
            return []
        phrases = [self._subject_phrase(p) for p in reversed(parts)]
        return [p for p in phrases if isinstance(p, tuple)] if all(isinstance(p, tuple) for p in phrases) else []

    # --- one amount ------------------------------------------------------------------------

    def _clause_start(self, sentence: Range, position: int) -> int:
        start = sentence[0]
        for m in _CLAUSE_BREAK.finditer(self.text, max(sentence[0], position - WINDOW), position):
            if not self._in_short_form(m.start(), m.group()):
                start = m.end()
        return start

    def _in_short_form(self, at: int, bracket: str) -> bool:
        """Is the bracket at ``at`` one of a short form's pair ("(GRDP)")?"""
        if bracket == "(":
            return bool(_SHORT_FORM.match(self.text, at))
        if bracket == ")":
            opening = self.text.rfind("(", max(0, at - 11), at)
            return opening >= 0 and bool(_SHORT_FORM.match(self.text, opening)) and self.text[opening:at].find(")") < 0
        return False

    def _clause_end(self, sentence: Range, position: int) -> int:
        m = _CLAUSE_BREAK.search(self.text, position, sentence[1])
        return m.start() if m else sentence[1]

    def _read_one(
        self,
        amount: AmountAt,
        sentence: Range,
        paragraph: Range,
        before: AmountFacts | None,
        last_end: int,
    ) -> AmountFacts:
        text, cues = self.text, self.cues
        facts = AmountFacts()
        # The clause the amount is in, from after the amount before it if that is in it too.
        clause_start = max(
            self._clause_start(sentence, amount.item_start),
            min(last_end, amount.item_start),
            amount.item_start - WINDOW,
        )
        left = self._words(clause_start, amount.item_start)
        right_end = min(self._clause_end(sentence, amount.end), amount.end + WINDOW)
        right = self._words(amount.end, right_end)

        # "chiếm khoảng | trên 20%": a word for "about" before the item's own qualifier stands
        # between the verb and the number
        about = cues.ending_at(left.words, "about")
        if about and any(
            cues.ending_at(left.words, kind, len(left.words) - about) for kind in ("change", "ratio", "share", "verb")
        ):
            left = _Words(left.words[:-about], left.spans[:-about], left.first)
        # The verb straight before the number, and what it says.
        verb_kind, verb_length = None, 0
        plain, skipped = _without_how_it_moved(left.words)
        for kind in ("change", "ratio", "share", "verb"):
            n = cues.ending_at(plain, kind)
            if n > verb_length and not cues.inside_noun(plain, len(plain) - n, len(plain)):
                verb_kind, verb_length = kind, n  # (not "thuế giá trị gia | tăng | 2%")
        if verb_length:
            verb_length += sum(1 for k in skipped if k > len(plain) - verb_length)
        if verb_kind == "change" and self._crosses_a_level(left, verb_length, amount, right):
            verb_kind = "verb"
        if verb_kind == "verb":
            # "Thiệt hại … ước tính | trị giá | khoảng 800 triệu đồng": two verbs in a row
            verb_length += cues.ending_at(left.words, "verb", len(left.words) - verb_length)
        subject = _Words(
            left.words[: len(left.words) - verb_length], left.spans[: len(left.spans) - verb_length], left.first
        )
        subject = self._before_a_move(subject) if verb_kind is None else subject
        # "giảm | giá vé tham quan | 20%", "tăng | vốn điều lệ | thêm 1.000 tỷ đồng": what rose or
        # fell stands between the verb and its number
        moved_object = self._moved_object(left, verb_kind, verb_length)
        moved = moved_object[0] if moved_object else None
        if moved_object is not None and not moved_object[1]:
            verb_kind = "change"

        # Role.
        # A goal named before an earlier amount of the sentence was that amount's ("Mục tiêu tăng
        # 8%, nhưng thực tế chỉ đạt 6%"); a goal's further numbers are read from the item before.
        after_last = last_end if last_end <= amount.item_start else 0
        sentence_before = self._words(max(sentence[0], amount.item_start - WINDOW, after_last), amount.item_start)
        compared = bool(cues.starting_at(right.words, "compare"))
        priced = amount.per or (right.words[:1] == ["/"] and amount.kind == "percentage")
        goal = (
            self._goal_reaches(sentence_before) or self._last_cue("forecast", left) is not None
        ) and verb_kind != "ratio"
        # (a yearly rate set as a goal is the goal: "phấn đấu tăng thu bình quân | 12%/năm")
        if priced and not _is_income(subject) and verb_kind != "change" and not (goal and amount.per is None):
            facts.role = "price"  # "tăng 500 đồng/kg" is a change
        elif goal:
            facts.role = "target"
        elif verb_kind == "change":
            facts.role = "change"
        elif verb_kind == "ratio":
            facts.role = "ratio"
        elif amount.kind == "percentage" and verb_kind != "share" and cues.starting_at(right.words, "base"):
            facts.role = "ratio"  # "vượt quá tỷ lệ 70% vốn chủ sở hữu": a percentage of a base
        elif (
            amount.kind == "percentage"
            and verb_kind == "verb"
            and self._last_cue("plan", subject) is not None
            and left.words[-1:] != ["là"]  # "Chỉ tiêu tăng trưởng năm 2026 là 10%": the plan itself
        ):
            facts.role = "ratio"  # "9 chỉ tiêu đạt 100%": a percentage of what was planned
        elif verb_kind == "share" or (
            _names_a_rate(subject.words)
            and not (amount.kind == "percentage" and cues.starting_at(right.words, "plan") and right.words[0] != "cùng")
        ):  # "Tỷ lệ giải ngân đạt 92,5% | kế hoạch": a percentage of the plan, a ratio
            facts.role = "share"
        elif amount.kind == "percentage" and right.words and right.words[0].isalpha() and not compared:
            nxt = right.words[0]
            # "đạt 96% kế hoạch", "khoảng 3,6% GDP": a percentage of a plan or of a base
            if nxt in ("dự", "kế", "chỉ", "so", "cùng", "mục") or cues.starting_at(right.words, "base"):
                facts.role = "ratio"
            else:
                facts.role = "share"  # 100% tổ dân phố …
        elif amount.kind == "percentage" and compared:
            # "đạt 105% so với dự toán": a level compared is a percentage of the reference (the
            # guide's "đạt 96% kế hoạch"); "12% so với cùng kỳ" alone is how much it moved
            level = verb_kind == "verb" and left.words[-1:] != ["là"] and not _names_growth(subject.words)
            # (but "tăng trưởng tín dụng đạt 15% so với cuối năm 2024" is how much it grew: a change)
            facts.role = "ratio" if level else "change"

        if (
            verb_kind is None
            and amount.kind == "percentage"
            and facts.role in ("value", "share")
            and _EXCESS_ITEM.match(text, amount.item_start, amount.end)
            and not _names_a_rate(subject.words)
        ):
            facts.role = "change"  # "ước đạt 120 tỷ đồng, | vượt 15%": an excess over the plan, unnamed
        if (
            verb_kind is None
            and before is not None
            and before.role in ("change", "ratio")
            and amount.kind == "percentage"
            and left.words[-1:] == ["và"]
            and len(left.words) <= 4
            and last_end > self._clause_start(sentence, amount.item_start)
        ):
            facts.role = before.role  # "tăng 27,35% về lượng và | 13,37% về giá trị": the same move
        if (
            verb_kind in (None, "ratio", "share")
            and before is not None
            and before.role == "change"
            and amount.kind == "percentage"
            and self._joined_to_before(_SAME_MOVE_AGAIN, last_end, amount)
        ):
            # "giảm 1.200 đồng, tương ứng | 1,8%", "tăng 50 tỷ đồng (+ | 12%)": the same move as a percentage
            facts.role = "change"
        if amount.kind == "percentage" and (
            (
                verb_kind is None
                and _SIGNED_IN_BRACKETS.search(text, max(0, amount.item_start - 4), amount.item_start + 1)
            )
            # (after "tương đương", a ratio's verb: "tăng 15,2 điểm, tương đương | 1,2%")
            or (
                verb_kind in (None, "ratio")
                and _MOVE_IN_BRACKETS.search(text, max(0, amount.item_start - 45), amount.item_start)
            )
        ):
            facts.role = "change"  # "VN-Index tăng 3,2 điểm (+ | 0,4%)": a sign says it moved
        # Reference ("100% tổ dân phố …" with no verb before it counts what follows: no reference).
        counted = facts.role == "share" and verb_kind is None and amount.kind == "percentage"
        facts.reference = None if counted else self._reference(amount, right, facts.role)
        if facts.reference is None and facts.role in ("change", "ratio"):
            facts.reference = self._fronted_reference(sentence, amount.item_start)
        if facts.role == "ratio" and facts.reference and text[facts.reference[0] :].lower().startswith("tổng"):
            facts.role = "share"  # "bằng 94,71% tổng số đại biểu": a part of a whole

        # Period: nearest before in the sentence (not inside the reference), else after in the clause.
        # A time inside the reference is the reference's ("so với cùng kỳ 2024"), but a share's
        # whole is of the same time ("chiếm 85% tổng thu năm 2024").
        own_time = None if facts.role == "share" else facts.reference
        # "Đến nay, giá … là 380 đồng/độ": now, so no time of an earlier sentence or item is its period
        now = bool(_NOW_IN_SENTENCE.search(text, max(sentence[0], amount.item_start - WINDOW), amount.item_start))
        facts.period = self._period(sentence, paragraph, amount, right_end, own_time, now)
        if facts.role == "price":
            # a price is quoted on a day: "ngày 15/2 mủ cao su có giá 465 đồng/độ"
            facts.period = self._quoted_on(sentence[0], amount.item_start) or facts.period
        if (
            facts.period is None
            and before is not None
            and not now
            and not self._effect_elsewhere(before.period, sentence)
        ):
            facts.period = before.period
        if facts.period is None and facts.role != "target" and not now:  # a goal is for a time to come
            facts.period = self._framing_period(paragraph) or self._reviewed_period

        # Measure ("100% thôn đạt chuẩn": what the percentage counts comes after it).
        counts = self._noun_after(right, whole_clause=True) if counted else None
        # A deal's sum after "với giá": what the deal is and who makes it.
        deal = self._deal(subject) if amount.kind == "money" and facts.role in ("value", "target") else None
        facts.measure = counts or moved or self._measure(amount, subject, right, facts, before, last_end, deal)
        if amount.kind == "money" and facts.role == "value":
            facts.measure = self._given_for(left, amount, right, before) or facts.measure
        if facts.measure and self._amounts.overlaps(*facts.measure):
            facts.measure = None  # "đạt 15,33 triệu USD (giảm 6% …)": another amount is no measure
        if facts.measure and text[facts.measure[0] : facts.measure[1]].lower() in _NO_MEASURE_WORDS:
            facts.measure = None  # "… hoặc dưới 2 triệu": a function word or a pronoun alone says nothing
        if facts.role == "price" and facts.measure and _is_income(self._words(*facts.measure)):
            facts.role = "value"  # "…, đạt 70 triệu đồng/người/năm": the subject came from the clause before
        if facts.role == "value" and facts.measure:
            measured_words = self._words(*facts.measure).words
            if cues.starting_at(measured_words, "plan") and "cùng" not in measured_words[:1]:
                facts.role = "target"  # "dự toán thu ngân sách năm 2026 là 50 tỷ đồng": a plan
        if (
            (facts.role in ("value", "price") or (facts.role == "share" and verb_kind != "share"))
            and amount.kind == "percentage"
            and facts.measure
            and _names_growth(self._words(*facts.measure).words)
        ):
            # a growth rate is a change ("tốc độ tăng trưởng … đạt 7%", "… bình quân 7%/năm"), also
            # where "tốc độ" (a rate) named it a part ("Tốc độ tăng trưởng … tăng lên 1,8%")
            facts.role = "change"
        if facts.role in ("value", "share") and amount.kind == "percentage" and facts.measure:
            measured = text[facts.measure[0] : facts.measure[1]].lower()
            if any(f" {word} " in f" {measured} " for word in _RATE_WORDS):
                facts.role = "price"  # a rate: "lãi suất huy động ở mức 4,7%", "vượt trần 14%"
        if facts.role == "value" and amount.kind == "money" and self._named_a_price(left, verb_length, facts.measure):
            facts.role = "price"  # "1 lít có giá 14.000 đồng", "giá các đơn hàng khoảng 3 tỷ đồng"
        if facts.role == "value" and amount.kind == "percentage":
            facts.role = "share"  # a percentage is of some whole ("nhiều nơi đạt trên 90%"), not a quantity

        if amount.kind == "money" and facts.role in ("ratio", "share"):
            facts.role = "value"  # a sum is no part or percentage of another ("tương đương 860.000 VND")
        # Holder: a deal's is who makes it, else as for any amount.
        if deal is not None and deal[0] is None and cues.starting_at(deal[1].words, "person"):
            # "ông bán công ty cho Time Warner": the person "ông" stands for, not whom it was sold to
            facts.holder = self._person_referred_to(sentence[0], amount.item_start)
        elif deal is not None and deal[0] is not None:
            facts.holder = deal[0]
        else:
            facts.holder = self._holder(amount, paragraph)
        if facts.holder is None and before is not None:
            facts.holder = before.holder
        if (
            facts.measure
            and facts.holder
            and facts.holder[0] <= facts.measure[0]
            and facts.measure[1] <= facts.holder[1]
        ):
            facts.measure = None  # "Tap The Lop 12A1: 300.000 đồng": whose it is, not what it measures
        return facts

    def _joined_to_before(self, joint: re.Pattern[str], last_end: int, amount: AmountAt) -> bool:
        """Is all that stands between the item before (ending at ``last_end``) and this one the
        ``joint`` that repeats it ("…, tương ứng | 1,8%", "365 USD (tương đương | 8,2 triệu đồng)")?"""
        return 0 <= amount.item_start - last_end <= WINDOW and bool(
            joint.fullmatch(self.text, last_end, amount.item_start)
        )

    def _crosses_a_level(self, left: _Words, verb_length: int, amount: AmountAt, right: _Words) -> bool:
        """ "tỷ lệ … vượt | trên 50%", "giá đồng vượt mức | 6.900 USD/tấn": passing a level with
        nothing it is compared with after it gives the level, not an excess ("vượt 36% kế
        hoạch", "vượt mức 5% so với cùng kỳ" stay changes, and so does a bare "vượt 15%", an
        excess over a plan left unsaid)."""
        verb = left.words[len(left.words) - verb_length :]
        bounded = self.text[amount.item_start : amount.end].lower().startswith(("trên ", "quá "))
        if verb[:1] != ["vượt"] or not (verb[1:] == ["mức"] or bounded):
            return False
        return not any(self.cues.starting_at(right.words, kind) for kind in ("plan", "compare", "base"))

    def _named_a_price(self, left: _Words, verb_length: int, measure: Range | None) -> bool:
        """Is a sum called a price, by the verb before it ("có giá", "ở mức giá") or by the head
        of what it measures ("giá bán", "mức giá khởi điểm")? "giá trị" (a worth) and "trị giá"
        (worth) are not prices, nor is "giá" alone (a deal's "với giá 0 đồng" measures the deal)."""
        verb = left.words[len(left.words) - verb_length :]
        if "giá" in verb and verb[-2:] != ["trị", "giá"]:
            return True
        head = self._words(*measure).words if measure else []
        if head[:1] == ["mức"]:
            head = head[1:]
        return head[:1] == ["giá"] and len(head) > 1 and head[1] != "trị"

    def _moved_object(self, left: _Words, verb_kind: str | None, verb_length: int) -> tuple[Range, bool] | None:
        """What rose or fell, named between "tăng"/"giảm" and the number or the words before it
        ("giảm | giá vé | 20%", "tăng | vốn điều lệ | thêm 1.000 tỷ", "giảm | lãi suất cho vay |
        xuống mức 6%"), and whether the number is the level it got to: a few words that hold no
        verb; None where the verb's number follows it straight ("giảm 20% giá vé") or the words
        are no object ("tăng trưởng", a noun)."""
        words, cues = left.words, self.cues
        end = len(words) - verb_length
        level = verb_kind == "verb"
        if verb_kind in (None, "change") and words[end - 1 : end] and words[end - 1] in _BY_HOW_MUCH:
            end -= 1  # "thêm", "đến": how much, still a change
            if verb_kind == "change":
                return None  # "tăng thêm | 5%": the verb's own
        elif verb_kind is None and words[end - 1 : end] == ["về"]:
            end -= 1  # "giảm thuế suất | về | 0%": to a level, as "về mức" says
            level = True
        elif verb_kind not in (None, "verb"):
            return None
        for m in range(end - 1, max(-1, end - _MAX_MOVED_WORDS - 2), -1):
            if words[m] not in _MOVES or cues.inside_noun(words, m, m + 1):
                continue  # "thuế giá trị gia | tăng": a noun's syllable
            if m == end - 1 or _names_growth(words[max(0, m - 2) : m + 1]):
                return None  # "tăng | 5%"; "Mức giảm | phí …": a noun of a move, which is what is measured
            between = words[m + 1 : end]
            if (
                between[0] in _NOT_A_NOUN
                or any(w in _FUNCTION_WORDS or w in _NOT_A_NOUN_WORDS or not w.isalpha() for w in between)
                or any(
                    between[i : i + 2] in _NOT_A_NOUN_PAIRS or self._verb_at(between, i) for i in range(len(between))
                )
            ):
                return None  # "giảm | đi | 30 USD", "giảm | về mặt …", "tăng | trung bình | 20%"
            found = _strip(self.text, left.spans[m + 1][0], left.spans[end - 1][1])
            return (found, level) if found else None
        return None

    def _given_for(self, left: _Words, amount: AmountAt, right: _Words, before: AmountFacts | None) -> Range | None:
        """A gift's or an outlay's measure: whom or what the sum is for ("hỗ trợ 2 triệu Euro |
        cho người dân bị ảnh hưởng …", "đầu tư 1.500 USD | để mở công ty …", "Trao 3,2 triệu đồng
        | của độc giả cho cháu A", "dành khoảng 1,15 triệu tỷ đồng | cho đầu tư phát triển"), where
        such a verb stands right before the amount, or "và" after a sum given for something ("…
        cho các trường học và 50 triệu USD | cho Trung tâm …"): the words after the amount to the
        end of the clause, a time or a next number; else None."""
        given_before = (
            left.words[-1:] == ["và"]
            and before is not None
            and before.measure is not None
            and self._words(*before.measure).words[:1] in (["cho"], ["để"], ["của"])
        )
        if not given_before and not self.cues.ending_at(left.words, "give"):
            return None
        words = right.words
        opens = words[:1] in (["cho"], ["để"]) or (words[:1] == ["của"] and "cho" in words[:_MAX_PURPOSE_WORDS])
        if not opens:
            return None
        stop = 1
        while (
            stop < min(len(words), _MAX_PURPOSE_WORDS)
            and not words[stop][:1].isdigit()
            and words[stop] not in _CLAUSE_CONJUNCTIONS
            and not (words[stop] == "và" and stop + 1 < len(words) and words[stop + 1][:1].isdigit())
        ):
            stop += 1
        if stop < 2:
            return None
        purpose = self._phrase_before_a_time(right.spans, stop)
        return purpose if purpose and purpose[1] > right.spans[0][1] else None  # more than "cho" alone

    def _verb_at(self, words: list[str], i: int) -> bool:
        """Does a verb cue, or a connective, begin at ``words[i]``, not as a syllable of a noun?"""
        cues = self.cues
        return any(
            (n := cues.starting_at(words[i:], kind)) and not cues.inside_noun(words, i, i + n)
            for kind in (*_VERB_KINDS, "connective", "forecast")
        )

    def _before_a_move(self, subject: _Words) -> _Words:
        """ "giá cổ phiếu HNF tăng mạnh từ | 11.000 đồng": the words before a verb of change and
        the level it starts or ends at are what is measured (the role stays the level's)."""
        words, cues = subject.words, self.cues
        n = len(words)
        lead = cues.ending_at(words, "lead", n)
        if not lead:
            return subject
        k = n - lead
        while k > 0 and words[k - 1] in _MANNER_WORDS:
            k -= 1
        move = max(cues.ending_at(words, kind, k) for kind in ("change", "verb"))
        if not move or k - move == 0:
            return subject
        k -= move
        return _Words(words[:k], subject.spans[:k], subject.first)

    def _reference(self, amount: AmountAt, right: _Words, role: Role) -> Range | None:
        cues = self.cues
        words, spans = right.words, right.spans
        k = 0
        if words[:1] == ["/"]:
            return None
        n = cues.starting_at(words, "compare")
        if n:
            k = n
        elif role not in ("ratio", "share", "change") or not words or not words[0].isalpha():
            return None
        elif words[0] in _NOT_A_WHOLE:
            return None  # "tăng lên 1,8% | vào năm 2018": when or where, not what it is a part of
        elif role == "change" and not cues.starting_at(words, "plan"):
            # "tăng 10,5% về khối lượng và … so với cùng kỳ": a comparison later in the clause
            later = next(
                (i for i in range(1, len(words)) if words[i] == "so" and words[i + 1 : i + 2] == ["với"]), None
            )
            if later is None:
                return None  # "tăng 15% giá cổ phiếu": what changed, not what it is compared with
            k = later + 2
        stop = k
        # after "so với", a second "với" goes on with something else ("so với iPhone X | với giá bán …")
        ends = _REFERENCE_ENDS | {"với"} if n else _REFERENCE_ENDS
        while stop < len(words) and words[stop] not in ends:
            stop += 1
        if stop == k:
            return None
        return _strip(self.text, spans[k][0], spans[stop - 1][1])

    def _quoted_on(self, start: int, position: int) -> Range | None:
        """The day a price is quoted on, before it in its sentence ("ngày 15/2 mủ cao su có giá …,
        cao su thành phẩm có giá …"); not a day set off by a comma, the event's own date ("Ngày
        14/9/2011, …", the measure guide)."""
        found = [m for m in _QUOTED_DAY.finditer(self.text, start, position) if self.text[m.end() : m.end() + 1] != ","]
        return found[-1].span() if found else None

    def _fronted_reference(self, sentence: Range, position: int) -> Range | None:
        """ "So với cùng kỳ năm trước, tín dụng tăng 18,87%": a comparison that opens the
        sentence, up to its comma, is the reference of a change or ratio after it."""
        m = _FRONTED_COMPARISON.match(self.text, sentence[0], position)
        return _strip(self.text, m.start(1), m.end(1)) if m else None

    def _period(
        self,
        sentence: Range,
        paragraph: Range,
        amount: AmountAt,
        clause_end: int,
        reference: Range | None,
        now: bool = False,
    ) -> Range | None:
        """The time phrase nearest before the amount in its sentence, else after it in its
        clause, else (unless the sentence says "now") nearest before it in its paragraph. A time
        inside the reference, or after "so với" / "cùng kỳ", is the reference's, not the amount's."""

        def candidates(a: int, b: int) -> list[Range]:
            return [
                (start, end)
                for start, end in self._periods_in(a, b)
                if not (reference and reference[0] <= start < reference[1])
                and not _COMPARED_TIME.search(self.text[max(a, start - 12) : start])
            ]

        found = candidates(max(sentence[0], amount.item_start - WINDOW), min(sentence[1], amount.end + WINDOW))
        before = [r for r in found if r[1] <= amount.item_start]
        after = [r for r in found if amount.end <= r[0] < self._bracket_end(amount.end, clause_end)]
        if (
            before
            and after
            and _OWN_TIME_GAP.fullmatch(self.text, amount.end, after[0][0])
            and (self._amounts.overlaps(before[-1][1], amount.item_start) or self._follows_an_amount(before[-1][0]))
        ):
            # "từ mức âm 3,6% vào năm 2011 lên mức 5,8% | vào năm 2016": each amount's own time
            # follows it; the time before went with the amount between
            return after[0]
        if before and after and _TIME_TO_COME.fullmatch(self.text, *before[-1]):
            return after[0]  # "trong thời gian tới … 6,5% | cho giai đoạn 2026-2030": the named time
        if before:
            return before[-1]
        if after:
            return after[0]
        # (The title's or lead's time as a last resort was tried: tuning F1 0.695 -> 0.662.)
        if now:
            return None
        earlier = [
            r
            for r in candidates(max(paragraph[0], sentence[0] - WINDOW), sentence[0])
            if not _TAKES_EFFECT.fullmatch(self.text, r[0], r[1])
        ]
        return earlier[-1] if earlier else None

    def _follows_an_amount(self, start: int) -> bool:
        """Does the time at ``start`` come right after an amount ("3,6% | vào năm 2011"), so is its own?"""
        gap = _GAP_BEFORE_OWN_TIME.search(self.text, max(0, start - 12), start)
        return gap is not None and gap.start() in self._amount_ends

    def _effect_elsewhere(self, period: Range | None, sentence: Range) -> bool:
        """Is ``period`` a day something takes effect from, written outside ``sentence``?"""
        if period is None or sentence[0] <= period[0] < sentence[1]:
            return False
        return bool(_TAKES_EFFECT.fullmatch(self.text, period[0], period[1]))

    def _bracket_end(self, position: int, clause_end: int) -> int:
        """Where the clause after an amount ends, a bracket straight after it included ("vượt
        trần 14% (trong giai đoạn 2009 - 2014)"): what the bracket says is the amount's."""
        ahead = self.text[position : position + 3]
        opening = position + len(ahead) - len(ahead.lstrip())
        if self.text[opening : opening + 1] != "(":
            return clause_end
        closing = self.text.find(")", opening, opening + WINDOW)
        return closing if closing > 0 else clause_end

    def _framing_period(self, paragraph: Range) -> Range | None:
        """The time that opens the paragraph before ("Năm 2024, TAND hai cấp …"): the frame of
        the one after it."""
        k = bisect_left(self.paragraph_starts, paragraph[0]) - 1
        if k < 0:
            return None
        start, end = self.paragraphs[k]
        j = bisect_left(self._frames, (start, -1))
        return self._frames[j] if j < len(self._frames) and self._frames[j][0] < end else None

    @cached_property
    def _frames(self) -> list[Range]:
        """The times that open a paragraph: within its first words, ending a clause."""
        frames = []
        for start, end in self.paragraphs:
            for a, b in self._periods_in(start, min(end, start + FRAME_OPENING)):
                if self.text[b : b + 1] == ",":
                    frames.append((a, b))
                    break
        return frames

    @cached_property
    def _reviewed_period(self) -> Range | None:
        """The time a review names in the title or lead ("tổng kết … năm 2025"): a review's
        numbers are of the time it reviews."""
        if not self.paragraphs:
            return None
        lead_end = self.paragraphs[min(1, len(self.paragraphs) - 1)][1]
        for start, end in self._periods_in(0, lead_end):
            sentence = self._around(self.sentences, self.sentence_starts, start)
            words = self._words(max(sentence[0], start - 80), start)
            if any(self.cues.starting_at(words.words[i:], "review") for i in range(len(words.words))):
                return (start, end)
        return None

    def _measure(
        self,
        amount: AmountAt,
        subject: _Words,
        right: _Words,
        facts: AmountFacts,
        before: AmountFacts | None,
        before_end: int,
        deal: tuple[Range | None, _Words] | None = None,
    ) -> Range | None:
        """What is measured: a deal's own words; the subject before the verb; else the noun after the amount; else
        a count in a clause of its own before it, after the item before; else the item before's;
        else the subject of the clause before in the sentence."""
        # "giảm 25% giá vé": what follows a change's number, if it is not a comparison, is what changed.
        if facts.role == "change" and facts.reference is None:
            after = self._noun_after(right)
            if after:
                return after
        if deal is not None:
            dealt = self._subject_phrase(deal[1])
            return None if dealt == "pronoun" else dealt
        # "có hơn 156,9 tỷ đồng tiền mặt": the noun straight after a sum of money names what it is.
        if amount.kind == "money" and facts.role in ("value", "target"):
            after = self._noun_after(right)
            if after:
                return after
        if (
            before is not None
            and before.reference is not None
            and subject.spans
            and before.reference[1] >= subject.spans[-1][1]
            and self.cues.starting_at(subject.words, "compare")
        ):  # "tăng 4,7% | so với cùng kỳ | lên 1.973 tỷ đồng": the item before's comparison, not a measure
            phrase: Range | Literal["pronoun"] | None = None
        else:
            phrase = self._subject_phrase(subject)
        if phrase == "pronoun":
            return before.measure if before else None
        if phrase:
            return phrase
        # ", tăng 10,5% | về khối lượng": a side of what the clause before measured, where that
        # named a side too or nothing ("giá trị đạt 193 triệu USD"); not where it named the whole
        # ("xuất khẩu còn tăng mạnh ở …: Malaysia tăng 116% | về lượng")
        side = self._side_changed(right) if facts.role == "change" else None
        if side and right.words[:2] == ["đối", "với"]:
            return side  # "… mức giảm 25% | đối với tất cả xe qua trạm": what the change applies to
        # After a ratio's, a change's or a compared share's number comes the reference, not the measure.
        if facts.role not in ("ratio", "change") and facts.reference is None:
            after = self._noun_after(right)
            if after:
                return after
        inherited: Range | None
        if before is not None and before.measure and not self._own_items_measure(before.measure, before_end, amount):
            # "… (bằng 94,71% …); trong đó, có 437 đại biểu tán thành (bằng 92,39% …)": a count
            # in a clause after the item before is what this one measures a share of
            own = self._earlier_subject(amount, after=before_end)
            inherited = own if own and self.text[own[0]].isdigit() else before.measure
        else:
            inherited = self._earlier_subject(amount) or self._framed_subject(amount)
        return side if side and (inherited is None or self._names_a_side(inherited)) else inherited

    def _side_changed(self, right: _Words) -> Range | None:
        """In a clause with no subject of its own, the side of a quantity a change's number is of
        (", tăng 10,5% | về khối lượng", "…, giảm 25% | đối với các loại vé"), else None."""
        words = right.words
        if words[:1] == ["về"] and self.cues.starting_at(words[1:], "side"):
            skip = 1
        elif words[:2] == ["đối", "với"]:
            skip = 2
        else:
            return None
        return self._noun_after(_Words(words[skip:], right.spans[skip:], right.first + skip))

    def _names_a_side(self, measure: Range) -> bool:
        words = self._words(*measure).words
        return bool(words) and self.cues.starting_at(words, "side") == len(words)

    def _only_a_time(self, a: int, b: int) -> bool:
        """Do the words from ``a`` to ``b`` say only when ("| trong 11 tháng" after "vốn FDI vào
        Việt Nam"), so that what is measured is before them, not after?"""
        m = _PERIOD.search(self.text, a, b)
        if m is None:
            return False
        opening = self._words(a, m.start()).words
        return all(w in _LEADING_FUNCTION_WORDS for w in opening) and not self.text[m.end() : b].strip()

    def _deal(self, subject: _Words) -> tuple[Range | None, _Words] | None:
        """A deal's sum after "với giá" ("NHNN phải mua lại OceanBank với giá 0 đồng", "ông bán
        công ty cho Time Warner với giá 2,7 tỷ USD") or a gift's after "với tổng trị giá" ("trao
        1.200 suất quà với tổng trị giá 720 triệu đồng"): who makes it, the last name before its verb
        (None where none is named), and the words of the deal itself, from its verb to "với".
        None where the sum is no deal's."""
        words, spans = subject.words, subject.spans
        tail = next((len(t) for t in _DEAL_SUMS if words[-len(t) :] == list(t)), 0)
        if not tail or len(words) <= tail:
            return None
        end = len(words) - tail
        maker: Range | None = None
        start = 0
        k = bisect_right(self.name_starts, spans[end - 1][0]) - 1
        while k >= 0 and self.names[k][0] >= spans[0][0]:
            a, b = self.names[k]
            cut = next((i for i in range(end) if spans[i][0] >= b), end)
            before = self._words(max(0, a - 16), a).words[-1:]
            if (
                cut < end
                and before not in _PLACE_PREPOSITIONS
                and before != ["cho"]
                and not self._in_office(a, b)
                and not self._receives(a)
            ):
                maker, start = (a, b), cut  # a name with the deal's verb after it makes it
                break
            k -= 1
        while (
            maker is None
            and start < end - 1
            and (words[start].lower() in _HOLDER_NOUNS or words[start] in _FUNCTION_WORDS)
        ):
            start += 1  # "phường | đã | trao 1.200 suất quà": a bare holder is no part of the deal
        return maker, _Words(words[start:end], spans[start:end], subject.first + start)

    def _own_items_measure(self, measure: Range, before_end: int, amount: AmountAt) -> bool:
        """Was the measure of the item before read inside that item of a list split by
        semicolons ("Công ty A: 500 suất quà (trị giá 2 tỷ đồng); Công ty B: 100 triệu đồng")?
        Then it is that item's own, not the next one's; a list's framing measure, named before
        its first item, is every item's."""
        floor = max(0, before_end - WINDOW)  # a bounded look back keeps a run of amounts linear
        if self.text.find(";", max(measure[1], floor), amount.item_start) < 0:
            return False
        item_start = max(self.text.rfind(";", floor, before_end), self.text.rfind(":", floor, before_end), floor)
        return measure[0] > item_start

    def _subject_phrase(self, subject: _Words) -> Range | Literal["pronoun"] | None:
        text, cues = self.text, self.cues
        subject = self._without_event_time(subject)
        words, spans = subject.words, subject.spans
        # Start after the last reporting verb, target word, connective or leading verb …
        start = 0
        for kind in ("report", "target", "connective", "lead", "possess"):
            k = self._last_cue(kind, subject)
            if (
                kind == "lead"
                and k is not None
                and k < len(words)
                and words[k - 1] == "từ"
                and (self._is_name_start(spans[k][0]) or self._flow_before(subject, k - 1))
            ):
                # "nhập khẩu từ | Trung Quốc", "thu từ | xuất nhập khẩu": where from, part of what is measured
                k = None
            if kind == "lead" and k is not None and all(w in _HOW_IT_MOVED for w in words[k:]):
                k = None  # "lãi suất được nâng | nhẹ": only how it moved follows, no object
            if kind == "target" and k is not None:
                before_goal = k - cues.ending_at(words, "target", k)
                if any(cues.ending_at(words, noun, before_goal) for noun in ("quantity", "flow")):
                    k = None  # "Tổng kinh phí | dự kiến | cho chương trình": a planned quantity, named before
            if kind == "lead" and k is not None and words[k - 2 : k] == ["so", "với"]:
                k = None  # "Giá lúa năm ngoái | so với | năm nay chênh nhau …": a comparison, no lead
            if kind == "connective" and k is not None and words[k - 2 : k - 1] == ["của"]:
                k = None  # "lợi nhuận của | riêng | ông": "riêng" (own) there, no "Riêng X, …"
            if kind == "possess" and k is not None and " ".join(words[:2]) in _SHARE_WORDS:
                k = None  # "tỷ lệ sinh viên có | việc làm": the rate of those who have it, all of it measured
            # A connective alone, or "và" just before the verb ("… dự toán và cao hơn 30%"), leaves
            # no subject of its own.
            if k is not None and (k < len(words) or kind == "connective"):
                start = max(start, k)
        # … and after the last name in it (the holder: "Hóa chất Lâm Thao nợ").
        if start < len(spans):
            k = bisect_right(self.name_starts, spans[-1][0]) - 1
            while k >= 0 and self.names[k][1] > spans[start][0]:
                name_start, name_end = self.names[k]
                preceding = self._words(max(0, name_start - 16), name_start).words
                if preceding[-1:] in (["ông"], ["bà"]):
                    preceding = preceding[:-1]  # "tài sản của ông | Ma": the honorific between
                modifies = preceding[-1:] in _PLACE_PREPOSITIONS
                if modifies:  # "chi phí bảo hiểm tại Việt Nam": the name is part of what is measured,
                    k -= 1  # but a name before it is not ("bị cáo A giúp sức chiếm đoạt của xã B")
                    continue
                if preceding[-1:] in _AGENT_MARKERS:
                    marker = next((i for i, span in enumerate(spans) if span[0] >= name_start), len(spans)) - 1
                    last = next((i for i in range(marker - 1, start - 1, -1) if words[i][:1].isalnum()), None)
                    if last is not None and not self._is_a_name(*spans[last]):
                        # "Tỷ giá trung tâm | được Ngân hàng Nhà nước niêm yết": the passive's agent
                        # and its verb are no part of what is measured, which is before them
                        words, spans = words[:marker], spans[:marker]
                        break
                if name_end <= spans[-1][1]:
                    cut = next((i for i, span in enumerate(spans) if span[0] >= name_end), len(spans))
                    opening = [self.text[a:b] for a, b in spans[start:] if a < name_start]
                    if (
                        self.text[name_start:name_end].isupper()
                        and all(w.isalpha() and w.islower() for w in opening)
                        and any(w.lower() not in _LEADING_FUNCTION_WORDS for w in opening)
                    ):
                        # "giá cổ phiếu HNF | được giao dịch": a code after a noun names which one
                        words, spans = words[:cut], spans[:cut]
                    elif cut < len(spans) and not self._only_a_time(spans[cut][0], spans[-1][1]):
                        start = max(start, cut)
                        if words[start : start + 1] == ["của"]:
                            # 'Quỹ "Vì người nghèo" | của phường | đã vận động': whose the name is
                            start += 1 + locality_unit_length([w.lower() for w in words], start + 1)
                    break
                k -= 1
        if 0 < start < len(words) and words[start - 1 : start + 1] == ["có", "thể"]:
            start += 1  # "có | thể" (can) is one word, not "có" (has)
        words, spans = words[start:], spans[start:]
        if words and cues.starting_at(words, "pronoun") == len(words):
            return "pronoun"
        if not words:
            return None
        # The time is cut out first, before the function words around it ("năm nay" holds "nay").
        a, b = spans[0][0], spans[-1][1]
        for pattern in (_PERIOD, _NOW):  # a few words: matched here, not from the whole text
            for m in pattern.finditer(text, a, b):
                if m.start() > a:
                    b = min(b, m.start())
                    break
                a = m.end()  # a time first ("cả năm 2025 tăng …"): what is measured is not in it
        kept = [(w, span) for w, span in zip(words, spans, strict=True) if a <= span[0] and span[1] <= b]
        compared = cues.starting_at([w for w, _ in kept], "compare")
        if compared:
            kept = kept[compared:]  # "So với | tổng mức lỗ lên tới 627 tỷ đồng": what is compared, not how
        kept_words = [w for w, _ in kept]
        capped = next(
            (
                i + 1
                for i in range(len(kept) - 2, -1, -1)
                if kept_words[i] == "vượt" and _starts_with_one_of(kept_words[i + 1 : i + 1 + _LONGEST_CAP], _CAP_WORDS)
            ),
            None,
        )
        if capped is not None:
            kept = kept[capped:]  # "huy động vượt | trần | 14%": the cap is what the number is
        while kept and kept[0][0] in _LEADING_FUNCTION_WORDS and not cues.starting_at([w for w, _ in kept], "person"):
            kept = kept[1:]  # (not the "bị" of "bị cáo")
        while _ends_in_function_word(kept):
            kept = kept[:-1]
        kept = self._without_frame(kept)
        # "…, từ mức | 115.000 đồng": a lead left at the end is the verb, not what is measured
        lead = cues.ending_at([w for w, _ in kept], "lead")
        if lead:
            kept = kept[:-lead]
            while _ends_in_function_word(kept):
                kept = kept[:-1]
        # nor is a goal's verb there ("con số này | dự kiến | đạt …"; a goal's noun, "mục tiêu", is
        # what is measured)
        goal = cues.ending_at([w for w, _ in kept], "target")
        if goal and goal < len(kept) and not cues.ending_at([w for w, _ in kept], "plan"):
            kept = kept[:-goal]
        if kept and cues.starting_at([w for w, _ in kept], "pronoun") == len(kept):
            return "pronoun"
        # "ông đã tặng", "Chúng ta": a person, who holds the amount, is not what is measured
        person = cues.starting_at([w for w, _ in kept], "person")
        if person:
            kept = kept[person:]
            while kept and kept[0][0] in _LEADING_FUNCTION_WORDS:
                kept = kept[1:]
        if not kept or not text[kept[0][1][0] : kept[-1][1][1]].strip(" ,"):
            return None
        quantity = self._quantity_opening([w for w, _ in kept])
        if quantity is not None:
            kept = kept[quantity:]  # "Ban đại diện cũng đưa ra | kinh phí hoạt động …": what is measured, named
        if _only_whose(kept):
            return None  # "nhiều nơi | đạt trên 90%": which of the holders, not what they measure
        phrase = _strip(text, kept[0][1][0], kept[-1][1][1])
        if phrase and not any(c.isalpha() for c in text[phrase[0] : phrase[1]]):
            return None  # "VN-Index tăng 3,2 điểm (+ | 0,4%)": a sign is no measure; the clause before may be
        if phrase and self._is_a_name(*phrase):
            return None  # a name holds the amount; it is not what is measured
        if phrase and len(_WORD.findall(text[phrase[0] : phrase[1]])) > 14:
            return None  # not a noun phrase: a whole clause
        return phrase

    def _quantity_opening(self, words: list[str]) -> int | None:
        """Where a noun naming a quantity ("kinh phí", "lãi suất", "giá bán") opens what is
        measured, after at least three words of a clause before it ("gặp để thỏa thuận | lãi
        suất tiền vay"); None where there is none, or it opens the phrase already."""
        for i in range(_MIN_LEAD_BEFORE_QUANTITY, len(words)):
            if not self.cues.starting_at(words[i:], "quantity"):
                continue
            if words[i - 1] in _PASSING or any(self.cues.ending_at(words[:i], kind) for kind in ("ratio", "share")):
                return None  # "Tổng dư nợ … vượt quá | tỷ lệ 70% vốn chủ sở hữu": a base, not what is measured
            return i
        return None

    def _without_frame(self, kept: list[tuple[str, Range]]) -> list[tuple[str, Range]]:
        """ "Kết quả | thu ngân sách", "tiền ủng hộ | gồm": the words that frame a list of
        results are not what is measured."""
        words = [w for w, _ in kept]
        opening = self.cues.starting_at(words, "frame")
        closing = self.cues.ending_at(words, "frame")
        if opening + closing >= len(kept):
            return kept
        kept = kept[opening : len(kept) - closing]
        while _ends_in_function_word(kept):
            kept = kept[:-1]
        return kept

    def _framed_subject(self, amount: AmountAt) -> Range | None:
        """ "Các đơn vị ủng hộ gồm: Công ty A: 20 triệu đồng; …": an item of a list that names
        only whose it is measures what the sentence framing the list before its colon names."""
        sentence = self._around(self.sentences, self.sentence_starts, amount.item_start)
        floor = max(sentence[0], amount.item_start - WINDOW)
        colon = self.text.find(":", floor, amount.item_start)
        if colon < 0:
            return None
        words = self._words(floor, colon)
        if not self.cues.ending_at(words.words, "frame"):
            return None
        start = max((m.end() for m in _CLAUSE_BREAK.finditer(self.text, floor, colon)), default=floor)
        phrase = self._subject_phrase(self._words(start, colon))
        return None if phrase == "pronoun" else phrase

    def _flow_before(self, subject: _Words, k: int) -> bool:
        """Does a flow of money end at word ``k`` of the subject, itself or with whose it is
        ("Doanh thu | từ", "Doanh thu của FPT | từ")?"""
        words, spans = subject.words, subject.spans
        if self.cues.ending_at(words, "flow", k):
            return True
        m = k
        while m > 0 and self._is_a_name(spans[m - 1][0], spans[m - 1][1]):
            m -= 1  # back over the name's words
        return m < k and m > 0 and words[m - 1] == "của" and bool(self.cues.ending_at(words, "flow", m - 1))

    def _is_name_start(self, a: int) -> bool:
        k = bisect_left(self.name_starts, a)
        return k < len(self.names) and self.names[k][0] == a

    def _is_a_name(self, a: int, b: int) -> bool:
        """Is ``a`` … ``b`` one of the names (or inside one)?"""
        k = bisect_right(self.name_starts, a) - 1
        return k >= 0 and self.names[k][0] <= a and b <= self.names[k][1]

    def _without_event_time(self, subject: _Words) -> _Words:
        """The subject without the moment something takes effect ("Giá xăng | từ 15h chiều nay
        | giảm", "Mức lương cơ sở | từ ngày 1/7/2024 | là"): the words before it, or after it
        where it comes first. Such a moment is no period (the measure guide) and no measure."""
        if not subject.spans:
            return subject
        m = _EVENT_TIME.search(self.text, subject.spans[0][0], subject.spans[-1][1])
        if m is None or _UNTIL.search(self.text, max(0, m.start() - 8), m.start()):
            return subject  # "đến ngày 30/9" is a period, cut out with the others
        before = [i for i, (a, _) in enumerate(subject.spans) if a < m.start()]
        after = [i for i, (a, _) in enumerate(subject.spans) if a >= m.end()]
        keep = before if before else after
        if not keep:
            return _Words([], [], subject.first)
        i, j = keep[0], keep[-1] + 1
        return _Words(subject.words[i:j], subject.spans[i:j], subject.first + i)

    def _noun_after(self, right: _Words, whole_clause: bool = False) -> Range | None:
        """The noun phrase straight after an amount ("156,9 tỷ đồng tiền mặt"); with
        ``whole_clause``, the rest of the clause ("100% tổ dân phố giữ vững danh hiệu …")."""
        words, spans = right.words, right.spans
        maybe = next((k for k, w in enumerate(words[:-1]) if w == "có" and words[k + 1] == "thể"), None)
        if maybe is not None:  # "… 999 USD | có thể là …": a predicate ("có kỳ hạn" is a noun's)
            words, spans = words[:maybe], spans[:maybe]
        if not words or not words[0].isalpha() or words[0] in _NOT_A_NOUN or self.cues.starting_at(words, "compare"):
            return None
        if words[:2] in _QUOTE_SIDES or words[:2] in _NOT_A_NOUN_PAIRS:
            return None
        if whole_clause:
            # "80% chương trình và … 20% khoản còn lại": the clause's next amount counts the rest
            number = next((k for k, w in enumerate(words) if w[:1].isdigit()), None)
            if number is not None and "và" in words[:number]:
                words = words[: max(k for k in range(number) if words[k] == "và")]
                spans = spans[: len(words)]
                if not words:
                    return None
        stop = 1
        while stop < len(words) and (
            (whole_clause and words[stop] not in _CLAUSE_CONJUNCTIONS and not words[stop][:1].isdigit())
            or (words[stop] not in _NOT_A_NOUN and words[stop].isalpha())
            or _complement_at(words, stop)
            or self.cues.inside_noun(words, stop, stop + 1)  # "thuế giá trị gia | tăng"
        ):
            stop += 1
        # A time after the amount is its period, not what it measures ("… 32 tỷ USD | tính lũy kế đến …").
        return self._phrase_before_a_time(spans, stop)

    def _phrase_before_a_time(self, spans: list[Range], stop: int) -> Range | None:
        """The words ``spans[:stop]`` up to a time among them, its period ("… 32 tỷ USD | tính lũy
        kế đến …"); None where the time comes first."""
        i = bisect_left(self._period_starts, spans[0][0])
        time = self._periods[i] if i < len(self._periods) and self._periods[i][0] < spans[stop - 1][1] else None
        if time is not None:
            if time[0] <= spans[0][0]:
                return None
            stop = bisect_left([a for a, _ in spans], time[0], 0, stop)
        return _strip(self.text, spans[0][0], spans[stop - 1][1])

    def _earlier_subject(self, amount: AmountAt, after: int = 0) -> Range | None:
        """The subject of the clause before the amount's, in its sentence ("có 454 đại biểu tham
        gia biểu quyết (bằng 94,71% …)"): its words up to its first verb; none where that clause
        begins before ``after``."""
        sentence = self._around(self.sentences, self.sentence_starts, amount.item_start)
        floor = max(sentence[0], amount.item_start - WINDOW)
        breaks = list(_CLAUSE_BREAK.finditer(self.text, floor, amount.item_start))
        if not breaks:
            return None
        k = len(breaks) - 1
        while True:
            start = breaks[k - 1].end() if k > 0 else floor
            if start < after:
                return None
            words = self._words(start, breaks[k].start())
            if words.words[:1] == ["theo"]:
                return None  # "Theo phương án trình Bộ GTVT, | …": where the figure comes from, no subject
            level = self.cues.starting_at(words.words, "verb")
            if k == 0 or not (
                self.cues.starting_at(words.words, "change") or (level and words.words[level - 1] == "mức")
            ):
                break
            # "HNX-Index đóng cửa tại mức 106,52 điểm, | tăng 0,77 điểm | (+0,72%)", "UPCoM Index tăng
            # điểm, | đóng cửa tại mức 54,55 điểm, | …": a move or a level alone continues the clause before
            k -= 1
        counted = next(
            (i + 1 for i, w in enumerate(words.words[:-2]) if w == "với" and self._count_at(words.words, i + 1)), None
        )
        if counted is not None and len(words.words) - counted <= _MAX_COUNTED_WORDS:
            # "… thông qua Nghị quyết với | 440/445 đại biểu tán thành, | chiếm 92,4%": what was counted
            return _strip(self.text, words.spans[counted][0], words.spans[-1][1])
        stop = len(words.words)
        for i in range(1, len(words.words)):
            head = words.words[i:]
            if any(self.cues.starting_at(head, kind) for kind in _VERB_KINDS):
                stop = i
                break
        phrase = self._subject_phrase(_Words(words.words[:stop], words.spans[:stop], words.first))
        return None if phrase == "pronoun" else phrase

    def _count_at(self, words: list[str], i: int) -> bool:
        """Does a number begin at ``words[i]``, after a word for "about" at most ("khoảng 19.000")?"""
        i += self.cues.starting_at(words[i:], "about")
        return i < len(words) and words[i][:1].isdigit()

    def _holder(self, amount: AmountAt, paragraph: Range) -> Range | None:
        """A list item's label before its colon, else a name right after the amount and "của",
        else the person the sentence opens with, else the nearest organization or place named
        before the amount in its sentence, else the first of the title and lead (whose news it
        is), leaving out a name that only reports ("theo Bộ Tài chính", "NHNN cho biết") and a
        short form in brackets after its name ("Hòa Phát (HPG)"). A name further back was tried
        as a last resort: tuning F1 0.563 -> 0.553."""
        sentence = self._around(self.sentences, self.sentence_starts, amount.item_start)
        nearest = self._item_label(amount.item_start, sentence[0])
        if nearest is None:
            nearest = self._owner_named_after(amount.end)
        if nearest is None:
            nearest = self._person_opening(sentence, amount.item_start)
            if nearest is not None:
                nearest = self._next_person_opening(nearest, sentence, amount.item_start)
        if nearest is None:
            # a name in an earlier item of a list split by semicolons is that item's
            floor = max(sentence[0], self.text.rfind(";", sentence[0], amount.item_start) + 1)
            nearest = self._name_before(amount.item_start, floor)
        if nearest is None:
            nearest = self._person_referred_to(sentence[0], amount.item_start)
        if nearest is None:
            nearest = self._article_holder_span
        return self._owner(nearest) if nearest else None

    def _item_label(self, position: int, floor: int) -> Range | None:
        """ "…; Chị Thùy Tin (TP Huế): 500.000 đồng; Truong Dai Duong: 200.000 đồng": an amount
        right after a colon is the item of a list whose label, from the item's start to the colon
        (an aside in brackets and an honorific left out), says whose it is: a name, or
        capitalized words only (a name written without its accents)."""
        colon = position
        while colon > 0 and self.text[colon - 1] in " \t":
            colon -= 1  # (a slice of the text before it would copy it whole for every amount)
        if self.text[colon - 1 : colon] != ":":
            return None
        colon -= 1
        low = max(floor, colon - WINDOW)
        start = max(
            self.text.rfind(";", low, colon), self.text.rfind(":", low, colon), self.text.rfind("\n", low, colon)
        )
        start = max(start + 1, low)
        label = self.text[start:colon]
        if "(" in label:
            label = label[: label.index("(")]
        m = _LABEL.fullmatch(label)
        if m is None:
            return None
        words = m.group("name").split()
        if not words or not words[0][:1].isupper() or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return None  # "Tap The Lop 12A1": capitals and numbers only
        a, b = start + m.start("name"), start + m.end("name")
        return (a, b) if len(words) <= _MAX_LABEL_WORDS and not self._in_office(a, b) else None

    def _owner_named_after(self, end: int) -> Range | None:
        """ "Số tiền chi lãi ngoài hơn 1.576 tỷ đồng của OceanBank", "khoản lỗ 627 tỷ đồng của
        Vinachem": a name right after the amount and "của" owns it, and the two after "giữa" a
        deal's ("… giữa Sacombank và Dai-ichi Life"); after "từ", where the amount was received,
        it gave it ("tiếp nhận … 6 tỷ đồng từ Ủy ban MTTQ TP Hải Phòng")."""
        found = _OWNER_AFTER.match(self.text, end)
        if found is None:
            found = _GIVER_AFTER.match(self.text, end)
            if found is None or not _RECEIVED.search(self.text, max(0, end - WINDOW), end):
                return None
        k = bisect_left(self.name_starts, found.end())
        if k == len(self.names):
            return None
        between = self._words(found.end(), self.names[k][0]).words
        # "… của | cán bộ, công chức, viên chức | Văn phòng Chính phủ": the people of a body named
        if self.text[found.end() : self.names[k][0]].strip() and not (
            len(between) <= _MAX_OWNER_LEAD
            and all(w == "," or (w.isalpha() and w not in _NOT_OWNER_LEAD) for w in between)
        ):
            return None
        a, b = self.names[k]
        if self._in_office(a, b):
            return None
        if found.group().strip().startswith("giữa") and k + 1 < len(self.names):
            # "sự hợp tác 3.000 tỷ đồng giữa Sacombank và Dai-ichi Life": both parties hold it
            c, d = self.names[k + 1]
            if _AND.fullmatch(self.text, b, c):
                return (a, d)
        return (a, b)

    def _person_opening(self, sentence: Range, position: int) -> Range | None:
        """ "Bị cáo Lê Văn A đã … chiếm đoạt hơn 90 triệu đồng", "Nguyễn Thái Hưng với cương
        vị là Chủ tịch xã đã … chiếm đoạt …": a person the sentence opens with, an accused or
        an honorific before the name at most, is its subject and holds its amounts (unless
        the person only reports them)."""
        k = bisect_left(self.person_starts, sentence[0])  # the first person named in the sentence
        if k == len(self.persons) or self.persons[k][1] > position:
            return None
        a, b = self.persons[k]
        lead = self._words(sentence[0], a).words
        if "," in lead and not self._name_before(a, sentence[0]):
            lead = lead[len(lead) - lead[::-1].index(",") :]  # "Theo hồ sơ vụ án, năm 2021, | Nguyễn Thị Thu …"
        lead = lead[self.cues.starting_at(lead, "connective") :]  # "Còn bị cáo …"
        if len(lead) > 2 or (lead and self.cues.starting_at(lead, "accused") != len(lead)):
            return None
        return None if self._only_reports(a, b) else (a, b)

    def _next_person_opening(self, first: Range, sentence: Range, position: int) -> Range:
        """ "Hải hưởng lợi 2,5 tỷ đồng, | Hoa hưởng lợi 700 triệu đồng": in a sentence that opens
        with a person, a later clause that opens with another holds its own amounts; not a list
        of names ("A, B, C đều nhận …"), where nothing is said between them."""
        clause_start = self._clause_start(sentence, position)
        between = [self.text[a:b] for a, b in self._words(first[1], clause_start).spans]
        if clause_start <= first[1] or not any(w.isalpha() and w.islower() for w in between):
            return first
        return self._person_opening((clause_start, sentence[1]), position) or first

    def _person_referred_to(self, start: int, position: int) -> Range | None:
        """ "Khối tài sản của ông ước tính 32,5 tỷ USD": a pronoun before the amount in its
        sentence, at most two windows back, stands for the person last named before it (within
        a paragraph's reach)."""
        pronoun = next(
            (
                m.start()
                for m in _PERSONAL_PRONOUN.finditer(self.text, max(start, position - 2 * WINDOW), position)
                if not self.text[m.end() : m.end() + 2].strip()[:1].isupper()  # "ông Nguyễn …" is an honorific
            ),
            None,
        )
        if pronoun is None:
            return None
        k = bisect_right(self.person_ends, pronoun) - 1
        if k < 0 or self.persons[k][1] < pronoun - 2 * WINDOW:
            return None
        return self.persons[k]

    def _owner(self, holder: Range) -> Range:
        """A locality's organ reports the locality's numbers: "UBND xã Thường Tín" gives
        "xã Thường Tín", "Tỉnh ủy Sóc Trăng" "Sóc Trăng"; a bare one ("HĐND phường", "Sở Giáo
        dục và Đào tạo") the article's locality, where the title or lead names one."""
        words = self._words(*holder)
        for kind in ("organ", "department"):
            n = self.cues.starting_at(words.words, kind)
            if n:
                break
        else:
            return holder
        rest = words.words[n:]
        unit = next((i for i, w in enumerate(rest) if locality_unit_length(rest, i)), None)
        if kind == "department" and unit is not None:
            rest, n = rest[unit:], n + unit
        elif kind == "department":
            rest = []
        named = [
            w for i, w in enumerate(rest) if not locality_unit_length(rest, i) and words.words[n + i] not in _UNIT_PARTS
        ]
        if named:
            return (words.spans[n][0], holder[1])
        return self._article_place_span or holder

    @cached_property
    def _article_place_span(self) -> Range | None:
        """The first locality the article names."""
        return self.places[0] if self.places else None

    def _name_before(self, position: int, floor: int) -> Range | None:
        k = bisect_right(self.name_starts, position) - 1
        lowest = max(-1, k - MAX_NAMES_BACK)
        where: Range | None = None  # a place the amount is at or goes to, if no name before it holds it
        while k > lowest and self.names[k][0] >= floor:
            a, b = self.names[k]
            if b <= position and self._sets_policy(a, b):
                return where
            if (
                b <= position
                and not self._only_reports(a, b)
                and not self._in_aside(a, b, floor, position)
                and not self._in_office(a, b)
                and not self._receives(a)
                and not self._is_agent(a)
            ):
                if self.text[max(0, a - 1) : a] == "(":
                    return self._named_before_bracket(a - 1) or (a, b)
                if not self._is_where(a):
                    return self._with_name_before_dash(a, b)
                # "Hàn Quốc là nhà đầu tư lớn nhất tại | Việt Nam | với 90 tỷ USD", "xuất khẩu
                # sang (thị trường) | Nhật Bản": where, not whose, when a name before it holds it
                where = where or (a, b)
            k -= 1
        return where

    def _receives(self, a: int) -> bool:
        """Is the name at ``a`` what a gift goes to ("trao tặng | Trường Tiểu học X … 90 triệu
        đồng", "ủng hộ | Quỹ Vì người nghèo 50 triệu đồng"), or the place whose people it goes to
        ("ủng hộ đồng bào | miền Trung")? The giver's is the amount."""
        # "trao 100 triệu đồng cho | Trường A": a name after a sum and "cho" is whom it is given
        given_to = _GIVEN_TO.search(self.text, max(0, a - 8), a)
        if given_to is not None and self._amounts.overlaps(given_to.start() - 1, given_to.start()):
            return True
        for _ in range(4):  # "trao tặng | Trường A và | Trường B …": each of the list receives
            before = self._words(max(0, a - 60), a).words
            # "ủng hộ đồng bào | miền Trung", "ủng hộ đồng bào bị thiên tai ở | miền Trung": the
            # people of the place receive
            reach = len(before) - 1 - _MAX_RECIPIENT_WORDS if before[-1:] == ["ở"] else len(before) - 1
            for k in range(len(before) - 1, max(reach, 0) - 1, -1):
                nouns = next((n for n in _RECIPIENTS if before[k - len(n) + 1 : k + 1] == list(n)), None)
                if nouns is not None:
                    before = before[: k - len(nouns) + 1]
                    break
            if _ends_with_one_of(before, _GIVING):
                return True
            if self.text.startswith("Quỹ", a) and _ends_with_one_of(before, _RAISING_FOR):
                return True  # "vận động | Quỹ Vì người nghèo được 1,2 tỷ đồng": what the money was raised for
            if before[-1:] == ["và"] and self._joined_to_a_gift(a):
                return True
            if before[-1:] not in (["và"], [","]):
                return False
            k = bisect_right(self.name_starts, a) - 1
            while k >= 0 and self.names[k][1] > a:
                k -= 1
            joint = self._words(self.names[k][1], a).words if k >= 0 else []
            if k < 0 or joint not in (["và"], [","]):
                return False
            a = self.names[k][0]
        return False

    def _joined_to_a_gift(self, a: int) -> bool:
        """Is the name at ``a``, after "và", the second of what a gift goes to in its clause
        ("quyên góp ủng hộ đồng bào miền Trung khắc phục thiệt hại do bão | và | Quỹ Vì người
        nghèo")? Not where an amount stands between the verb and "và": then the name is
        another giver ("Công ty A ủng hộ 50 triệu đồng | và | Công ty B …")."""
        floor = max(0, a - _GIFT_REACH)
        floor = max([floor] + [m.end() for m in _CLAUSE_BREAK.finditer(self.text, floor, a)])
        clause = self._words(floor, a)
        words = clause.words
        for k in range(len(words) - 2, -1, -1):
            if _ends_with_one_of(words[: k + 1], _GIVING):
                return not self._amounts.overlaps(clause.spans[k][1], a)
        return False

    def _is_agent(self, a: int) -> bool:
        """Is the name at ``a`` the agent of a passive ("bị | Đội Quản lý thị trường số 4 | xử
        phạt 40 triệu đồng", "được | Ngân hàng Nhà nước | cấp …")? The amount is its subject's."""
        return self._words(max(0, a - 12), a).words[-1:] in (["bị"], ["được"])

    def _in_office(self, a: int, b: int) -> bool:
        """Is the name a public officer's, or the body in that officer's title?"""
        return self.officers.covers(a, b)

    def _is_where(self, a: int) -> bool:
        """Does a place preposition ("tại", "ở", "sang", "từ"), perhaps with a noun for the kind
        of place ("sang thị trường", "sang các nước", "về vùng biển"), stand before ``a``?"""
        before = self._words(max(0, a - 40), a).words[-5:]
        k = len(before)
        while k > 0 and before[k - 1] in _PLACE_KIND_WORDS:
            k -= 1
        return k > 0 and (before[k - 1] in ("tại", "ở", "sang", "từ") or (k < len(before) and before[k - 1] in _MOTION))

    def _in_aside(self, a: int, b: int, floor: int, position: int) -> bool:
        """Is the name inside brackets closed before the amount, with more than the name in
        them ("Trường THCS X (nơi cháu Phan Văn A học): 1.000.000 đồng", "Chị B (TP. Huế):
        200.000 đồng")? Such an aside says where or who, not whose the amount is."""
        opening = self.text.rfind("(", max(floor, a - WINDOW), a)
        if opening < 0 or self.text.rfind(")", opening, a) >= 0:
            return False
        closing = self.text.find(")", b, min(position, b + WINDOW))
        return closing >= 0 and bool(self.text[opening + 1 : a].strip() or self.text[b:closing].strip())

    def _named_before_bracket(self, bracket: int) -> Range | None:
        """The name a short form in brackets stands for: the one that ends before the bracket
        ("Công ty Thép Hòa Phát (HPG)"), else the capitalized words there ("Hòa Phát (HPG)")."""
        end = len(self.text[:bracket].rstrip())
        named = self._name_ending_at(end)
        if named is not None:
            return named
        words = self._words(max(0, bracket - 60), bracket)
        k = len(words.words)
        while k > 0 and self.text[words.spans[k - 1][0]].isupper():
            k -= 1
        if k == len(words.words):
            return None
        return (words.spans[k][0], words.spans[-1][1])

    def _with_name_before_dash(self, a: int, b: int) -> Range:
        """The name with the one a spaced dash joins it to ("Tập đoàn Dầu khí Việt Nam - PVN",
        "Công ty CP DAP – Vinachem", "BOT Pháp Vân - Cầu Giẽ"): one holder, written whole."""
        if self.text[max(0, a - 3) : a] not in (" - ", " – "):
            return (a, b)
        named = self._name_ending_at(a - 3)
        return (named[0], b) if named is not None else (a, b)

    def _name_ending_at(self, end: int) -> Range | None:
        """The name that ends at ``end`` (one begun at most 200 characters before), if any."""
        k = bisect_right(self.name_starts, end) - 1
        while k >= 0 and self.names[k][0] > end - 200:
            if self.names[k][1] == end:
                return self.names[k]
            k -= 1
        return None

    @cached_property
    def _article_holder_span(self) -> Range | None:
        return self._article_holder()

    def _article_holder(self) -> Range | None:
        """The organization or place of the title and lead the article names most often (the
        first of them on a tie): whose news it is; none where that is a ministry or a regulator."""
        if not self.paragraphs:
            return None
        lead_end = self.paragraphs[min(1, len(self.paragraphs) - 1)][1]
        counts: dict[str, int] = {}
        for a, b in self.names:
            key = self.text[a:b].lower()
            counts[key] = counts.get(key, 0) + 1
        best: Range | None = None
        k = 0
        while k < len(self.names) and self.names[k][1] <= lead_end:
            if self._sets_policy(*self.names[k]):
                return None  # the Government's or the central bank's news: the figures are the nation's
            if (
                not self._only_reports(*self.names[k])
                and not self._in_office(*self.names[k])
                and not self._receives(self.names[k][0])
            ):
                a, b = self.names[k]
                if best is None or counts[self.text[a:b].lower()] > counts[self.text[best[0] : best[1]].lower()]:
                    best = self.names[k]
            k += 1
        if best is not None and self._oversees(*best):
            return None
        if best is not None and self.text[max(0, best[0] - 1) : best[0]] == "(":
            # "Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Thanh Hóa": the short form stands for the name
            return self._named_before_bracket(best[0] - 1) or best
        return self._with_name_before_dash(*best) if best is not None else None

    def _sets_policy(self, a: int, b: int) -> bool:
        """Is the name a body that sets the nation's figures and holds none ("Chính phủ")?"""
        words = self._words(a, b).words
        n = self.cues.starting_at(words, "policy")
        return n > 0 and n == len(words)

    def _oversees(self, a: int, b: int) -> bool:
        """Is the name a ministry or a regulator ("Bộ Công Thương", "Ủy ban Chứng khoán Nhà
        nước")? As the article's most named body it holds none of its numbers: over the gold's
        measure files 1 of 19 such amounts was the ministry's, and 20 amounts in 400 VLSP 2018
        articles outside the gold, read one by one, were all someone else's or the nation's."""
        words = self._words(a, b).words
        return bool(self.cues.starting_at(words, "regulator"))

    def _only_reports(self, a: int, b: int) -> bool:
        """Does the name only report ("theo Bộ Tài chính", "theo báo cáo của NHNN", "NHNN cho biết", "Ông X, Giám đốc Sở
        Tài chính, cho biết", "Sở Tài chính, cho biết")? A name in brackets after a reporter's
        ("Theo Cục Thống kê | (Bộ Tài chính)", its parent or short form) reports with it. A
        company that tells its figures holds them ("Tập đoàn Hòa Phát cho biết doanh thu …"),
        unless quoted as a source ("theo Công ty Chứng khoán SSI")."""
        if self.text[max(0, a - 1) : a] == "(":
            named = self._named_before_bracket(a - 1)
            if named is not None and named[0] < a - 1 and self._only_reports(*named):
                return True
        before = self._words(max(0, a - 48), a).words
        if before[-1:] == ["theo"]:
            return True
        # "theo tờ | The New York Times", "theo hãng tin | Reuters": the outlet quoted
        if _ends_with_one_of(before, _QUOTED_OUTLETS):
            return True
        # "theo tính toán của Morgan Stanley", "theo số liệu Tổng cục Thống kê": the report quoted
        k = len(before) - (before[-1:] == ["của"])
        source = self.cues.ending_at(before, "source", k)
        if source and before[k - source - 1 : k - source] == ["theo"]:
            return True
        if (a, b) in self.companies:
            return False
        after = self._words(b, min(len(self.text), b + 120)).words
        if self.cues.starting_at(after, "report"):
            return True
        if after[:1] != [","]:
            return False
        if self.cues.starting_at(after[1:], "report"):
            return True
        # past an apposition, to the verb, after a comma or straight after the apposition ("Ông
        # X, Chủ tịch UBND phường Y cho biết …"); an amount in it is the person's own ("ông X,
        # người có tài sản 46 tỷ USD, cho biết")
        line_end = self.text.find("\n", b, b + 120)
        after = after[: len(self._words(b, line_end).words)] if line_end >= 0 else after
        for i in range(1, min(len(after), 16)):
            if after[i] in (".", ";") or after[i][0].isdigit():
                return False
            if after[i] == ",":
                return bool(self.cues.starting_at(after[i + 1 :], "report"))
            if self.cues.starting_at(after[i:], "report"):
                return True
        return False
