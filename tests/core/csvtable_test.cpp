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
