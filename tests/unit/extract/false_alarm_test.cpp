// Pairs of documents, in words of our own, that are compatible but once led extraction to put a claim
// in a wrong slot: extracted and checked together, they must give no contradiction.
#include <catch2/catch.hpp>

#include "claim_builder.hpp"
#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

struct Doc {
  std::string text, published;
};

/// Extracts each document (the pair Kazakhstan-Afghanistan in its title) and checks all claims as one run.
CheckResult audit(const std::vector<Doc>& docs) {
  ClaimSet set;
  int n = 0;
  for (const Doc& d : docs) {
    auto doc = extract_text(d.text, d.published, "Kazakhstan and Afghanistan", "doc" + std::to_string(n++) + ".md");
    std::size_t index = set.documents.size();
    set.documents.push_back(doc.document.info);
    for (Claim c : doc.claims) {
      c.document = index;
      set.claims.push_back(c);
    }
  }
  return factaudit::testing::check(set);
}

}  // namespace

TEST_CASE("compatible statements that once were misread give no contradiction", "[extract][false-alarm]") {
  std::vector<std::pair<const char*, std::vector<Doc>>> cases = {
      {"a change in another clause",
       {{"In 2023, Kazakhstan's exports to Afghanistan reached $600 million, while imports from Afghanistan fell by 30%.", "2024"},
        {"In 2023, Kazakhstan's exports to Afghanistan rose by 20% compared with 2022.", "2024"}}},
      {"periods across a semicolon",
       {{"In 2022, Kazakhstan's exports to Afghanistan were $500 million; in 2023, $600 million.", "2024"},
        {"In 2023, Kazakhstan's exports to Afghanistan were $600 million.", "2024"}}},
      {"a month of its own is not the paragraph's year",
       {{"In 2023, trade between the two countries reached $1 billion. In December, Kazakhstan's exports to Afghanistan "
         "reached $50 million.", "2024"},
        {"In 2023, Kazakhstan's exports to Afghanistan were $600 million.", "2024"}}},
      {"since a year is not that year",
       {{"Since 2020, Kazakhstan's exports to Afghanistan have totalled $2 billion.", "2024"},
        {"In 2020, Kazakhstan's exports to Afghanistan were $500 million.", "2024"}}},
      {"a plan is not a figure",
       {{"The two countries plan to raise bilateral trade to $1 billion in 2024.", "2024-01"},
        {"In 2024, trade between Kazakhstan and Afghanistan reached $700 million.", "2025-02"}}},
      {"a denied rank",
       {{"In 2023, Kazakhstan was not Afghanistan's largest trading partner.", "2024"},
        {"In 2023, Kazakhstan was Afghanistan's third-largest trading partner.", "2024"}}},
      {"a trade centre is not trade",
       {{"In 2023, Kazakhstan opened a trade centre in Kabul at a cost of $2 million.", "2024"},
        {"In 2023, trade between Kazakhstan and Afghanistan reached $1 billion.", "2024"}}},
      {"two countries' embassies",
       {{"The Kazakh embassy in Kabul opened in 2002.", "2020"}, {"The Afghan embassy in Astana opened in 2005.", "2020"}}},
      {"consulates counted by different countries",
       {{"Kazakhstan opened three consulates.", "2020"}, {"Afghanistan opened two consulates.", "2020"}}},
      {"a title in an aside that is not an apposition",
       {{"On 2 May 2023, in a meeting with the Kazakh ambassador, Amir Khan Muttaqi praised the railway plans.", "2023-08"},
        {"On 1 June 2023, Kazakh Ambassador Alimkhan Yessengeldiyev visited Herat.", "2023-08"}}},
      {"a former title of someone else",
       {{"On 1 March 2023, former Afghan President Hamid Karzai received Kazakh Ambassador Alimkhan Yessengeldiyev in Kabul.",
         "2023-08"},
        {"On 10 June 2023, Kazakh Ambassador Alimkhan Yessengeldiyev visited Herat.", "2023-08"}}},
      {"a period marker the rules do not know",
       {{"In 9M 2023, Kazakhstan's exports to Afghanistan totalled $420 million.", "2024"},
        {"In 2023, Kazakhstan's exports to Afghanistan were $600 million.", "2024"}}},
      {"several deputy prime ministers at once",
       {{"On 2 May 2023 Kazakh Deputy Prime Minister Serik Zhumangarin spoke in Almaty.", "2023-08"},
        {"On 1 June 2023 Kazakh Deputy Prime Minister Roman Sklyar spoke in Astana.", "2023-08"}}},
      {"lengths of different routes",
       {{"The new railway from Kazakhstan to Afghanistan is 573 km long, and a highway to the border, 220 km long, is "
         "planned. The pipeline stretches 1,200 kilometres across Kazakhstan.", "2023-05"}}},
      {"counts of different people and things",
       {{"Some 5,000 Afghan students study at Kazakh universities. About 200 Afghan refugees crossed the border. "
         "Kazakhstan sent 40 wagons of flour and 12 trucks of medicine.", "2023-05"}}},
      {"two groups told apart only by words the slot does not hold",
       {{"Forty Afghan students study in Kazakhstan on state grants and another 65 pay for their studies.", "2023-05"}}},
      {"a plan next to what happened",
       {{"Kazakhstan opened its embassy in Kabul in 2002.", "2020"},
        {"Kazakhstan plans to open a new embassy in Kabul in 2026.", "2025-01"}}},
      {"a new building of an embassy, and what an embassy opened",
       {{"Kazakhstan opened its embassy in Kabul in 2003. In 2022 Kazakhstan opened a new embassy building in Kabul. "
         "The Kazakh embassy in Kabul opened a visa centre in March 2023.", "2024-09"}}},
      {"a range of figures next to a figure",
       {{"In 2023, Kazakhstan's exports to Afghanistan were $600 million.", "2024"},
        {"In 2023, Kazakhstan's exports to Afghanistan were estimated at $500-700 million.", "2024"}}},
      {"a month alone, earlier in the year than the paragraph's last date, is the latest such month",
       {{"The two foreign ministers first met in Termez on 9 November 2022 and agreed to study a rail link. Kazakh "
         "Foreign Minister Aidos Serikbayev, who replaced Nurlan Omarov in June, met his Afghan counterpart again "
         "this week.", "2023-10-20"},
        {"Kazakh Foreign Minister Nurlan Omarov signed the protocol in Kabul on 14 March 2023.", "2023-03-15"}}},
      {"relations that began to sour",
       {{"Kazakhstan and Afghanistan established diplomatic relations in 1992.", "2020"},
        {"Relations between Kazakhstan and Afghanistan began to cool in 1996.", "2020"}}},
  };
  for (const auto& [name, docs] : cases) {
    INFO(name);
    CheckResult result = audit(docs);
    for (const auto& c : result.contradictions) INFO("reported: " << c.message);
    CHECK(result.contradictions.empty());
  }
}

TEST_CASE("the same kinds of statement do conflict when they disagree", "[extract][false-alarm]") {
  // the guard above must not have switched the checks off
  CHECK_FALSE(audit({{"In 2023, Kazakhstan's exports to Afghanistan were $600 million.", "2024"},
                     {"In 2023, Kazakhstan's exports to Afghanistan were $450 million.", "2024"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"The Kazakh embassy in Kabul opened in 2002.", "2020"},
                     {"Kazakhstan opened its embassy in Kabul in 2005.", "2020"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"Kazakhstan is Central Asia's largest economy.", "2024"},
                     {"Uzbekistan is the largest economy in Central Asia.", "2024"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"Kazakhstan and Afghanistan established diplomatic relations on 12 February 1992.", "2020"},
                     {"Kazakhstan and Afghanistan established diplomatic relations in 1993.", "2020"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"In May 2023 Kyrgyzstan was the first in Central Asia to remove the Taliban from its list of banned "
                      "organizations.", "2024-05-01"},
                     {"Uzbekistan removed the Taliban from its list of terrorist organizations in 2022.", "2024-05-01"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"The Turgundi-Herat railway is 115 km long.", "2024"}, {"The Turgundi-Herat railway is 150 km long.", "2024"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"Some 5,000 Afghan students study in Kazakhstan.", "2024"}, {"About 3,000 Afghan students study in Kazakhstan.", "2024"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"Diplomatic relations between Kazakhstan and Afghanistan began on 12 February 1992.", "2020"},
                     {"Ties between Kazakhstan and Afghanistan were established in 1994.", "2020"}})
                  .contradictions.empty());
  CHECK_FALSE(audit({{"Kazakhstan does not share a border with Afghanistan.", "2020-05-04"},
                     {"Kazakhstan borders Afghanistan.", "2020-05-04"}})
                  .contradictions.empty());
}
