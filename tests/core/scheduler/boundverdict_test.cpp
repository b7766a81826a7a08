#include "core/simulation/boundverdict.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

struct Case {
    const char* name;
    BoundComparison in;
    bool valid;
    bool defined;
    double fraction;
    const char* noteHas; // "" when the note must be empty
};

TEST(BoundVerdict, SaysWhenTheBoundAppliesAndWhyNot)
{
    const Case cases[] = {
        {"meets every SLO", {115.0, 157.0, 101.0, 0, 0, 12}, true, true, 42.0 / 56.0, ""},
        {"misses deadlines", {115.0, 157.0, 101.0, 25, 0, 12}, false, true, 42.0 / 56.0,
         "misses 25 deadlines, so its attainable fraction is indicative only"},
        {"one miss, one unplaced", {115.0, 157.0, 101.0, 2, 1, 0}, false, true, 42.0 / 56.0,
         "misses 2 deadlines (1 job of them left unplaced, their emissions not counted)"},
        {"unplaced only", {115.0, 157.0, 101.0, 2, 2, 0}, false, true, 42.0 / 56.0,
         "misses 2 deadlines (2 jobs of them left unplaced"},
        {"below the bound through misses", {90.0, 157.0, 101.0, 300, 0, 12}, false, true, 67.0 / 56.0,
         "below the bound because of them"},
        {"bound above the baseline", {336.0, 330.0, 382.0, 37218, 0, 60416}, false, false, 0.0,
         "not below the baseline (which misses 60416 deadlines)"},
        {"bound equal to the baseline", {100.0, 100.0, 100.0, 0, 0, 0}, true, false, 0.0,
         "the capacity-aware bound equals the baseline"},
        // One site on a constant trace: nothing can be saved, and the sums differ in the last bits.
        {"bound equal to the baseline but for rounding",
         {7035.63751333334, 7035.63751333334, 7035.63751333332, 0, 0, 0}, true, false, 0.0,
         "no attainable saving"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const BoundVerdict v = judgeAgainstBound(c.in);
        EXPECT_EQ(v.valid, c.valid);
        EXPECT_EQ(v.fractionDefined, c.defined);
        EXPECT_NEAR(v.attainableFraction, c.fraction, 1e-12);
        if (*c.noteHas == '\0')
            EXPECT_TRUE(v.note.empty()) << v.note;
        else
            EXPECT_NE(v.note.find(c.noteHas), std::string::npos) << v.note;
    }
}

} // namespace
} // namespace greenlight
