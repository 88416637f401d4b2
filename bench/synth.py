"""Synthetic articles in the sample's style, deterministic by seed: `python bench/synth.py N OUT.jsonl`."""

from __future__ import annotations

import json
import random
import sys

PLACES = ["太原", "大同", "朔州", "忻州", "阳泉", "晋中", "长治", "晋城", "临汾", "运城", "吕梁", "寿阳", "山阴", "介休",
          "孝义", "侯马", "襄垣", "平遥", "原平", "河津", "郑州", "洛阳", "开封", "石家庄", "保定", "邯郸"]
SUFFIX = [("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区")]
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国明华伟强军平东海志刚立新晓红丽静涛斌勇磊杰鹏辉超波宇浩峰俊飞文博瑞"
BRAND = "鑫泰华盛恒通宏达远航德信隆昌润丰嘉禾天成金源瑞祥汇通永兴安泰"
PRODUCT = ["高端铝合金", "智能装备制造", "新能源电池材料", "光伏组件", "碳纤维复合材料", "精密轴承", "生物制药",
           "氢能储运装备", "半导体封装", "绿色建材"]
INDUSTRY = ["新材料", "科技", "能源", "装备", "药业", "建材"]


def name(r: random.Random) -> str:
    return r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))


def article(i: int, r: random.Random) -> dict:
    place = r.choice(PLACES)
    full, short = r.choice(SUFFIX)
    zone = place + full
    leader, deputy = name(r), name(r)
    brand = "".join(r.sample(BRAND, 2))
    company = f"山西{brand}{r.choice(INDUSTRY)}有限公司"
    product = r.choice(PRODUCT)
    amount = r.choice((1.2, 2.5, 3.8, 6, 12, 18.6, 0.8))
    project = f"{brand}{product}项目"
    month, day = r.randint(1, 12), r.randint(1, 28)
    text = (
        f"本刊讯 {month}月{day}日，{zone}党工委书记、管委会主任{leader}带队调研{project}建设情况。"
        f"该项目由{company}投资建设，计划总投资约{amount}亿元，占地约{r.randint(30, 600)}亩，"
        f"建成后预计年产值{r.randint(2, 80)}亿元，解决就业{r.randint(100, 2000)}余人。"
        f"{place}{short}管委会副主任{deputy}介绍了园区项目推进情况。{leader}强调，要加快项目建设，强化要素保障。"
    )
    return {"id": f"syn-{i:06d}", "title": f"{place}{short}{leader}调研{brand}项目建设", "text": text,
            "date": f"2023-{month:02d}-{day:02d}", "author": name(r)}


def generate(n: int, seed: int = 7):  # noqa: ANN201
    r = random.Random(seed)
    for i in range(n):
        yield article(i, r)


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8") as f:
        for a in generate(n):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
