#!/usr/bin/env python3
"""Short generated trade articles for the cache benchmark: factaudit-generate writes claim files, this
writes documents, so that a re-audit exercises extraction as well as solving.

    bench/generate_articles.py --documents N --out DIR [--seed S]

Each article is about one pair of countries and states their trade for a few years (exports, imports
and the bilateral total, which the turnover axiom links) from one deterministic world, so articles on
the same pair and year corroborate each other; about one article in ten misstates a total."""
import argparse
import os
import random

COUNTRIES = [
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bangladesh", "Belgium", "Brazil",
    "Bulgaria", "Cambodia", "Canada", "Chile", "Colombia", "Egypt", "Georgia", "Germany", "Greece",
    "India", "Indonesia", "Italy", "Kazakhstan", "Kenya", "Lithuania", "Malaysia", "Mexico", "Morocco",
    "Nigeria", "Norway", "Pakistan", "Peru", "Poland", "Portugal", "Romania", "Spain", "Sweden",
    "Tanzania", "Thailand", "Uzbekistan", "Vietnam", "Zambia",
]


def world(home, partner, year):
    """Exports and imports (millions of US dollars, one decimal) of `home` to and from `partner`: one
    figure per direction of trade, whichever country the article takes as home."""
    first, second = sorted((home, partner))
    r = random.Random(f"{first}|{second}|{year}")
    one_way, other_way = round(r.uniform(50, 900), 1), round(r.uniform(50, 900), 1)
    return (one_way, other_way) if home == first else (other_way, one_way)


def article(n, rng):
    home, partner = rng.sample(COUNTRIES, 2)
    years = sorted(rng.sample(range(2000, 2024), 3))
    wrong = rng.random() < 0.1
    lines = ["---", f'title: "{home} and {partner}: trade, {years[0]} to {years[-1]} (note {n})"',
             f'source: "Generated Wire {n % 7}"', f"published: {years[-1] + 1}-0{1 + n % 9}-1{n % 10}", "---", ""]
    for k, year in enumerate(years):
        exports, imports = world(home, partner, year)
        total = round(exports + imports, 1)
        if wrong and k == len(years) - 1:
            total = round(total * 1.1, 1)
        lines.append(f"In {year}, {home}'s exports to {partner} reached ${exports:,.1f} million, while imports "
                     f"from {partner} came to ${imports:,.1f} million.")
        lines.append(f"Bilateral trade between {home} and {partner} stood at ${total:,.1f} million in {year}.")
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    width = len(str(args.documents))
    for n in range(args.documents):
        folder = os.path.join(args.out, f"{n // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{n:0{width}d}.md"), "w", encoding="utf-8") as f:
            f.write(article(n, rng))


if __name__ == "__main__":
    main()
