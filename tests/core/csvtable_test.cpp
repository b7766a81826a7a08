#include "core/csvtable.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(CsvTable, ReadsQuotedFieldsWithCommasAndQuotes)
{
    const auto t = parseCsvTable("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,,\n", "t.csv");
    ASSERT_TRUE(t.ok()) << t.status().message();
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[0][1], "x, y");
    EXPECT_EQ(t->rows[0][2], "say \"hi\"");
    EXPECT_EQ(t->rows[1][1], "");
    EXPECT_EQ(t->lineNumbers[1], 3u);
    EXPECT_EQ(t->column("c"), 2u);
    EXPECT_FALSE(t->column("d").has_value());
}

TEST(CsvTable, CellsWithCommasQuotesOrLineBreaksAreQuotedAndReadBack)
{
    EXPECT_EQ(csvCell("plain"), "plain");
    EXPECT_EQ(csvCell(""), "");
    EXPECT_EQ(csvCell("a, \"b\"\nc"), "\"a, \"\"b\"\"\nc\"");
    EXPECT_EQ(csvCell("line\r\nbreak"), "\"line\r\nbreak\"");
    const std::string cell = "a, \"b\"\nc";
    const auto t = parseCsvTable("x,y\n" + csvCell(cell) + ",2\n", "t.csv");
    ASSERT_TRUE(t.ok()) << t.status().message();
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->rows[0][0], cell);
}

// Text from a trace that a spreadsheet would run as a formula gets a leading quote; the rest is
// as csvCell writes it.
TEST(CsvTable, SpreadsheetCellsNeverStartAFormula)
{
    EXPECT_EQ(spreadsheetCell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(spreadsheetCell("+1"), "'+1");
    EXPECT_EQ(spreadsheetCell("@sum"), "'@sum");
    EXPECT_EQ(spreadsheetCell("-2+3"), "'-2+3");
    EXPECT_EQ(spreadsheetCell("philly-000001"), "philly-000001");
    EXPECT_EQ(spreadsheetCell("a,b"), "\"a,b\"");
    EXPECT_EQ(spreadsheetCell(""), "");
}

TEST(CsvTable, ErrorsNameFileAndLine)
{
    struct Case {
        const char* text;
        const char* expected;
    };
    for (const Case& c : {Case{"a,b\n1,2\n3\n", "t.csv:3: expected 2 fields, found 1"},
                          Case{"a,b\n1,\"2\n", "t.csv:2: unterminated quoted field"},
                          Case{"a,b\n1,2\"x\n", "t.csv:2: stray quote"},
                          Case{"a,b\n1,\"2\"x\n", "t.csv:2: text after a closing quote"},
                          Case{"", "t.csv:1: the file is empty"}}) {
        const auto t = parseCsvTable(c.text, "t.csv");
        ASSERT_FALSE(t.ok()) << c.text;
        EXPECT_EQ(t.status().message().rfind(c.expected, 0), 0u) << t.status().message();
    }
}

} // namespace
} // namespace greenlight
