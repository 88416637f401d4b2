"""Amounts in yuan and the other figures of a project (亩, 平方米, jobs, phases), as exact decimals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_MONEY_UNITS = {
    "亿": Decimal(100_000_000),
    "千万": Decimal(10_000_000),
    "百万": Decimal(1_000_000),
    "万": Decimal(10_000),
    "": Decimal(1),
}

INVEST = re.compile(
    # 兰西县引进9.1亿元建设…项目: money brought in to build a named thing is its investment
    r"(?:(?:计划|预计|估算|概算|预算|拟)?总?投资|引进(?=\s*[\d.]+\s*(?:亿|千万|百万|万)元(?:建设|兴建|打造)))(?:总额|额|规模)?(?:为|达到?|超过?|逾|近|共|约为|高达)?\s*"
    r"(约|近|超|超过|逾)?\s*" + _NUM + r"\s*(余|多)?\s*(?:个(?=亿))?(亿|千万|百万|万)?\s*(?:余|多)?"
    # 总投资26亿的…项目, 投资1.1亿|世纪开元…项目: the yuan left unwritten before the project it measures
    # (never 1.5亿|美元, 亿港元: another currency); 总投资3.1个亿；, 总投资2900万。: at the clause's end
    r"(?:元|(?<=[亿万])(?=的)|(?<=亿)(?=[\u4e00-\u9fff])(?![美港欧日韩英澳台卢元])"
    r"|(?<=[亿万])(?=\s*(?:[；;，,。)）]|$)))(以上|左右|多)?"
)
LISTED_AMOUNT = re.compile(
    r"(?:[、，,]\s*(?:以及|和|与)?)(?P<figure>(约|近|超)?\s*" + _NUM + r"\s*(余|多)?\s*(亿|千万|万)元)(?=的)"
)
OUTPUT = re.compile(
    r"年(?:产值|销售收入|营业收入|营收|销售额)(?:可?达到?)?\s*(约|近|超)?\s*"
    + _NUM
    + r"\s*(余|多)?\s*(亿|万)?元(以上|左右)?"
)
TAX = re.compile(
    r"(?:年)?(?:利税|税收|纳税)(?:可?达到?)?\s*(约|近|超)?\s*"
    + _NUM
    + r"\s*(余|多)?\s*(亿|万)?元(以上|左右)?"
)
LAND = re.compile(
    r"(?:总?用地面积|总?占地面积|占地|用地|征地)\s*(约|近|超)?\s*" + _NUM + r"\s*(余|多)?\s*(亩|平方米|公顷)"
)
FLOOR = re.compile(r"总?建筑面积\s*(约|近|超)?\s*" + _NUM + r"\s*(余|多)?\s*(万)?\s*(平方米|㎡|平米)")
COMPLETION = re.compile(
    r"(20\d{2})\s*年(?:底|内|年底|上半年|下半年|\d{1,2}月(?:底)?)?(?:全面)?(?:建成|投产|竣工|完工|投用|达产)"
)
START = re.compile(r"(20\d{2})\s*年(?:\d{1,2}月)?(?:开工|动工|启动建设)")
JOBS_AFTER = re.compile(r"(?:就业)?岗位\s*(约|近|超)?\s*" + _NUM + r"\s*(余|多)?\s*个")
JOBS = re.compile(
    r"(?:解决|带动|新增|提供|吸纳)(?:就业|就业岗位|岗位)?\s*(约|近|超)?\s*"
    + _NUM
    + r"\s*(余|多)?\s*(?:个)?(?:人|个岗位|个就业岗位)"
)
PHASES = re.compile(r"分\s*([一二两三四五六七八九十\d]+)\s*期")


@dataclass(frozen=True)
class Amount:
    prop: str
    value: Decimal
    unit: str
    qualifier: str | None
    start: int
    end: int
    surface: str
    listed: bool = False  # a bare figure of a list (、2.5亿元的B): it measures the item after it or nothing


def _qual(before: str | None, after: str | None, tail: str | None = None) -> str | None:
    if before in ("约", "近") or tail == "左右":
        return "approximately"
    if before in ("超", "超过", "逾") or after in ("余", "多") or tail in ("以上", "多"):
        return "more than"
    return None


def _dec(num: str) -> Decimal:
    return Decimal(num.replace(",", ""))


def _norm(value: Decimal) -> Decimal:
    """1.08亿 = 108000000, never 1.08E+8: decimals written without an exponent."""
    q = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return q


def find_amounts(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in INVEST.finditer(text):
        val = _norm(_dec(m.group(2)) * _MONEY_UNITS[m.group(4) or ""])
        after = "余" if re.search(r"[亿万](?:余|多)元", m.group(0)) else m.group(3)
        # 已完成投资3.2亿元, 累计完成投资…: money spent so far, not the project's total
        done = re.search(r"(?:完成|到位|实际|累计|已)$", text[max(0, m.start() - 4) : m.start()])
        out.append(
            Amount(
                "completedInvestment" if done else "investment",
                val,
                "CNY",
                _qual(m.group(1), after, m.group(5)),
                m.start(),
                m.end(),
                m.group(0),
            )
        )
    if out:
        # 投资2.7亿元的A、2.5亿元的B，以及2亿元的C: the list goes on with the figures alone
        for m in LISTED_AMOUNT.finditer(text):
            at = m.start("figure")
            if m.start() > out[0].start and not any(a.start <= at < a.end for a in out):
                val = _norm(_dec(m.group(3)) * _MONEY_UNITS[m.group(5)])
                qual = _qual(m.group(2), m.group(4))
                out.append(
                    Amount("investment", val, "CNY", qual, at, m.end(), m.group("figure"), listed=True)
                )
        out.sort(key=lambda a: a.start)
    for rx, prop in ((OUTPUT, "annualOutput"), (TAX, "annualTax")):
        for m in rx.finditer(text):
            if any(a.start <= m.start() < a.end for a in out):
                continue
            val = _norm(_dec(m.group(2)) * _MONEY_UNITS[m.group(4) or ""])
            out.append(
                Amount(
                    prop,
                    val,
                    "CNY",
                    _qual(m.group(1), m.group(3), m.group(5)),
                    m.start(),
                    m.end(),
                    m.group(0),
                )
            )
    for m in LAND.finditer(text):
        unit = m.group(4)
        val = _dec(m.group(2))
        if unit == "公顷":
            val, unit = val * 15, "亩"
        out.append(
            Amount(
                "landArea",
                _norm(val),
                "mu" if unit == "亩" else "m2",
                _qual(m.group(1), m.group(3)),
                m.start(),
                m.end(),
                m.group(0),
            )
        )
    for m in FLOOR.finditer(text):
        val = _dec(m.group(2)) * (10_000 if m.group(4) else 1)
        out.append(
            Amount(
                "floorArea", _norm(val), "m2", _qual(m.group(1), m.group(3)), m.start(), m.end(), m.group(0)
            )
        )
    for rx in (JOBS, JOBS_AFTER):  # 解决就业500余人 · 新增就业岗位1500个
        for m in rx.finditer(text):
            if any(a.prop == "jobs" and a.start <= m.start() < a.end for a in out):
                continue
            out.append(
                Amount(
                    "jobs",
                    _norm(_dec(m.group(2))),
                    "persons",
                    _qual(m.group(1), m.group(3)),
                    m.start(),
                    m.end(),
                    m.group(0),
                )
            )
    for rx, prop in ((COMPLETION, "completionYear"), (START, "startYear")):
        for m in rx.finditer(text):
            out.append(Amount(prop, Decimal(m.group(1)), "year", None, m.start(), m.end(), m.group(0)))
    for m in PHASES.finditer(text):
        n = small_count(m.group(1))
        if n:
            out.append(Amount("phases", Decimal(n), "phases", None, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda a: a.start)


def small_count(word: str) -> int | None:
    """3 or 三 (两, 十): a count written in digits or as one Chinese numeral."""
    return int(word) if word.isdigit() else _CN_DIGITS.get(word)


def mu_to_m2(mu: Decimal) -> Decimal:
    """1 亩 = 10000/15 m² (666.67)."""
    return (mu * Decimal(10000) / Decimal(15)).quantize(Decimal("0.01"))
