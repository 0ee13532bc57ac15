// Document signatures: a reworded copy stays close, two articles on one subject do not.
#include <catch2/catch.hpp>

#include "factaudit/ingest/text_signature.hpp"

using namespace factaudit;

namespace {

const char* kOriginal =
    "Mongolia and Kyrgyzstan signed a customs protocol in Ulaanbaatar on 14 May 2024. Trade between the two "
    "countries reached $182.4 million in 2023, up 12.5 percent from 2022, according to the Mongolian Customs "
    "General Administration. Deputy Minister Batbold Erdene said the protocol would cut waiting times at the "
    "border. Kyrgyz exports of dried fruit rose to $21.7 million, while Mongolian exports of cashmere and meat "
    "came to $64.3 million. The next meeting of the Intergovernmental Commission is planned for Bishkek in "
    "October 2024, when the sides hope to sign a transit agreement covering the Altai corridor.";

// the same article after synonym substitution: names and figures kept, most other words swapped
const char* kReworded =
    "Mongolia and Kyrgyzstan inked a customs protocol in Ulaanbaatar on 14 May 2024. Commerce between the two "
    "nations hit $182.4 million in 2023, rising 12.5 percent from 2022, in line with the Mongolian Customs "
    "General Administration. Deputy Minister Batbold Erdene stated the protocol would reduce ready occasions on "
    "the frontier. Kyrgyz shipments of dried fruit climbed to $21.7 million, whereas Mongolian shipments of "
    "cashmere and meat got here to $64.3 million. The following assembly of the Intergovernmental Commission is "
    "deliberate for Bishkek in October 2024, when the perimeters hope to signal a transit settlement masking the "
    "Altai hall.";

// another article on the same subject, sharing some names and one figure
const char* kOther =
    "Kyrgyzstan's Ministry of Economy reported that trade with Mongolia was $182.4 million last year. In "
    "Bishkek, officials from Kyrgyzstan and Mongolia discussed a livestock health agreement in March 2024. A "
    "delegation led by Minister Daniyar Amangeldiev visited Ulaanbaatar and Darkhan, where a Kyrgyz textile "
    "company opened a showroom. Both governments want to raise trade to $300 million by 2027 and to open a "
    "direct flight between Bishkek and Ulaanbaatar before the summer of 2025.";

}  // namespace

TEST_CASE("a reworded copy keeps most of its signature; another article on the subject does not",
          "[ingest][signature]") {
  auto original = text_signature(kOriginal);
  auto reworded = text_signature(kReworded);
  auto other = text_signature(kOther);
  REQUIRE(original.size() == kSignatureSize);
  REQUIRE(reworded.size() == kSignatureSize);
  REQUIRE(other.size() == kSignatureSize);
  CHECK(signature_similarity(original, original) == 1.0);
  CHECK(signature_similarity(original, reworded) >= 0.5);
  CHECK(signature_similarity(original, other) < 0.15);
  CHECK(signature_similarity(reworded, other) < 0.15);
  CHECK(text_signature(kOriginal) == original);  // deterministic
}

TEST_CASE("a text with too few names and numbers has no signature", "[ingest][signature]") {
  CHECK(text_signature("").empty());
  CHECK(text_signature("trade grew a little last year, officials said, and may grow again.").empty());
  CHECK(signature_similarity({}, text_signature(kOriginal)) == 0);
}
