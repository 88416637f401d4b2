"""Synthetic articles in the sample's style, deterministic by seed, with their known truth.

    python bench/synth.py N OUT.jsonl [--gold GOLD.json] [--seed 7]

The gold file has the layout of shared/eval/seed-gold.json, so score.py checks extraction at any scale.
"""

from __future__ import annotations

import argparse
import json
import random

PLACES = [
    "太原",
    "大同",
    "朔州",
    "忻州",
    "阳泉",
    "晋中",
    "长治",
    "晋城",
    "临汾",
    "运城",
    "吕梁",
    "寿阳",
    "山阴",
    "介休",
    "孝义",
    "侯马",
    "襄垣",
    "平遥",
    "原平",
    "河津",
    "郑州",
    "洛阳",
    "开封",
    "石家庄",
    "保定",
    "邯郸",
    "芜湖",
    "蚌埠",
]
ZONE_KINDS = [("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区")]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国明华伟强军平东海志刚立新晓红丽静涛斌勇磊杰鹏辉超波宇浩峰俊飞文博瑞"
BRAND = "鑫泰华盛恒通宏达远航德信隆昌润丰嘉禾天成金源瑞祥汇晟永兴安"
PRODUCTS = [
    "高端铝合金",
    "智能装备制造",
    "新能源电池材料",
    "光伏组件",
    "碳纤维复合材料",
    "精密轴承",
    "生物制药",
    "氢能储运装备",
    "半导体封装",
    "绿色建材",
]
INDUSTRY = ["新材料", "科技", "能源", "装备", "药业", "建材"]
PROVINCE = {
    "郑州": "河南",
    "洛阳": "河南",
    "开封": "河南",
    "石家庄": "河北",
    "保定": "河北",
    "邯郸": "河北",
    "芜湖": "安徽",
    "蚌埠": "安徽",
}


def _name(r: random.Random) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))


def _amount(r: random.Random) -> tuple[str, int]:
    if r.random() < 0.3:
        wan = r.choice((800, 1500, 3800, 5000, 9000))
        return f"{wan}万元", wan * 10_000
    yi = r.choice((1.2, 2.5, 3.8, 6, 12, 18.6, 0.8, 4.5))
    return f"{yi:g}亿元", round(yi * 100_000_000)


class Corpus:
    """Generates articles and accumulates the gold annotation of everything it wrote."""

    def __init__(self, seed: int = 7) -> None:
        self.r = random.Random(seed)
        self.gold: dict = {
            "about": f"synthetic, seed {seed}",
            "articles": [],
            "entities": [],
            "posts": [],
            "relations": [],
            "not_projects": ["重点项目"],
        }
        self.ids: dict[tuple[str, str], str] = {}
        self.by_id: dict[str, dict] = {}

    def _entity(self, kind: str, label: str, aliases: list[str] | None = None, **extra) -> str:  # noqa: ANN003
        key = (kind, label)
        if key not in self.ids:
            eid = f"{kind[0].lower()}{len(self.ids)}"
            self.ids[key] = eid
            e = {"id": eid, "type": kind, "label": label, "aliases": aliases or [], **extra}
            self.gold["entities"].append(e)
            self.by_id[eid] = e
        return self.ids[key]

    def article(self, i: int) -> dict:
        r = self.r
        place = r.choice(PLACES)
        full, short = r.choice(ZONE_KINDS)
        zone_label = place + full
        zone = self._entity("Zone", zone_label, [place + short])
        # one leader per zone (the same person every time the zone appears), a deputy per article
        leader_name = self._leader(zone_label)
        leader = self._entity("Person", leader_name + "@" + zone_label)
        deputy_name = _name(r)
        brand = "".join(r.sample(BRAND, 2))
        industry = r.choice(INDUSTRY)
        prov = PROVINCE.get(place, "山西")
        company_label = f"{prov}{brand}{industry}有限公司"
        company = self._entity("Company", company_label, [brand, f"{prov}{brand}{industry}"])
        product = r.choice(PRODUCTS)
        project_label = f"{brand}{product}项目"
        project = self._entity("Project", project_label)
        text_amount, yuan = _amount(r)
        month, day = r.randint(1, 12), r.randint(1, 28)
        n_all = r.randint(5, 20)
        text = (
            f"本刊讯 {month}月{day}日，{zone_label}党工委书记、管委会主任{leader_name}带队调研重点项目建设情况。"
            f"今年以来，{place}{short}共签约项目{n_all}个，总投资{r.randint(20, 90)}亿元。"
            f"其中，总投资{text_amount}的{project_label}由{company_label}投资建设，占地约{r.randint(30, 600)}亩，"
            f"建成后预计年产值{r.randint(2, 80)}亿元，解决就业{r.randint(100, 2000)}余人。"
            f"{place}{short}管委会副主任{deputy_name}介绍了园区项目推进情况。{leader_name}强调，要加快项目建设。"
        )
        aid = f"syn-{i:06d}"
        author = _name(r)
        title = f"{place}{short}{leader_name}调研重点项目建设"
        self.gold["articles"].append({"id": aid, "title": title, "author": author})
        # gold entities for people are named by their label alone: the suffix only keeps homonyms apart
        self.by_id[leader]["label"] = leader_name
        deputy = f"d{i}"
        self.gold["entities"].append(
            {"id": deputy, "type": "Person", "label": deputy_name, "aliases": [], "allow_split": True}
        )
        self.gold["posts"] += [
            {"person": leader, "titles": ["党工委书记"], "org": [zone]},
            {"person": leader, "titles": ["管委会主任"], "org": [zone]},
            {"person": deputy, "titles": ["管委会副主任"], "org": [zone]},
        ]
        self.gold["relations"] += [
            {"s": leader, "p": "leads", "o": zone},
            {"s": company, "p": "invests", "o": project},
            {"s": project, "p": "locatedIn", "o": zone},
        ]
        self.by_id[project]["investment"] = yuan
        return {
            "id": aid,
            "title": title,
            "text": text,
            "date": f"2023-{month:02d}-{day:02d}",
            "author": author,
        }

    def _leader(self, zone_label: str) -> str:
        if not hasattr(self, "_leaders"):
            self._leaders: dict[str, str] = {}
        if zone_label not in self._leaders:
            self._leaders[zone_label] = _name(self.r)
        return self._leaders[zone_label]

    def finish(self) -> dict:
        g = self.gold
        g["posts"] = [dict(t) for t in {json.dumps(p, sort_keys=True): p for p in g["posts"]}.values()]
        g["relations"] = [
            dict(t) for t in {json.dumps(x, sort_keys=True): x for x in g["relations"]}.values()
        ]
        return g


def generate(n: int, seed: int = 7):  # noqa: ANN201
    c = Corpus(seed)
    for i in range(n):
        yield c.article(i)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--gold")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    c = Corpus(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            f.write(json.dumps(c.article(i), ensure_ascii=False) + "\n")
    if a.gold:
        with open(a.gold, "w", encoding="utf-8") as f:
            json.dump(c.finish(), f, ensure_ascii=False)


if __name__ == "__main__":
    main()
