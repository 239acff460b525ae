#!/usr/bin/env python3
"""Writes unit-history.tsv: generated proposals of 2021–2025 and the unit that handled each, for SuggestUnitsEvaluation.

Realistic category→unit patterns: each topic has its usual unit (养老 → 市民政局) and a second one it sometimes goes to
(养老 → 市卫生健康委, for 医养结合); 75 % usual, 15 % second, 10 % any other unit (a proposal that was really about
something else). Deterministic (seed 1515). Columns: year, unit, title, text.
Run: python3 generate_unit_history.py > unit-history.tsv
"""
import random

import generate_pairs as g

g.R.seed(1515)
R = g.R

UNITS = {
    "养老": ("市民政局", "市卫生健康委"), "托育": ("市卫生健康委", "市教育局"), "教育": ("市教育局", "市财政局"),
    "医疗": ("市卫生健康委", "市医保局"), "就业": ("市人社局", "市教育局"), "住房": ("市住建局", "市自然资源局"),
    "营商": ("市发展改革委", "市数据资源局"), "制造": ("市经信局", "市科技局"), "农业": ("市农业农村局", "市乡村振兴局"),
    "旅游": ("市文旅局", "市商务局"), "交通": ("市交通运输局", "市公安局"), "金融": ("市地方金融管理局", "市财政局"),
    "环保": ("市生态环境局", "市水利局"), "垃圾": ("市城管局", "市商务局"), "绿化": ("市林业园林局", "市自然资源局"),
    "文化": ("市文旅局", "市委宣传部"), "体育": ("市体育局", "市教育局"), "网络": ("市委网信办", "市公安局"),
    "基层": ("市民政局", "市委政法委"), "法治": ("市司法局", "市委政法委"), "政协": ("市政协办公室", "市委统战部"),
    "食品": ("市市场监管局", "市教育局"), "残疾": ("市残联", "市民政局"), "应急": ("市应急管理局", "市水利局"),
}
ALL = sorted({u for pair in UNITS.values() for u in pair})


def main():
    print("year\tunit\ttitle\ttext")
    topics = list(g.TOPICS)
    for year in range(2021, 2026):
        for _ in range(150):
            t = R.choice(topics)
            title, sentences = g.proposal(t, g.focus_of(t, R.randint(3, 5)))
            x = R.random()
            unit = UNITS[t][0] if x < 0.75 else UNITS[t][1] if x < 0.90 else R.choice(ALL)
            print("\t".join([str(year), unit, title, "".join(sentences)]))


if __name__ == "__main__":
    main()
