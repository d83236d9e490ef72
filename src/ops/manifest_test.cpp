#include "ops/manifest.h"

#include <gtest/gtest.h>

namespace comdev::ops {
namespace {

Manifest sample() {
  Manifest m;
  m.comdev_version = "0.1.0";
  m.created_at = "2026-12-06T23:00:00Z";
  m.driver = "postgres";
  m.schema_version = 34;
  m.database_file = "comdev.pgdump";
  m.database_sha256 = std::string(64, 'a');
  m.database_bytes = 1234;
  m.database_schema = "public";
  m.file_count = 3;
  m.file_bytes = 4567;
  return m;
}

TEST(Manifest, WhatIsWrittenReadsBackTheSame) {
  auto back = parse_manifest(to_json(sample()));
  ASSERT_TRUE(back.ok()) << back.error().detail;
  EXPECT_EQ(back->driver, "postgres");
  EXPECT_EQ(back->schema_version, 34);
  EXPECT_EQ(back->database_sha256, std::string(64, 'a'));
  EXPECT_EQ(back->database_bytes, 1234u);
  EXPECT_EQ(back->database_schema, "public");
  EXPECT_EQ(back->file_count, 3u);
  EXPECT_EQ(back->file_bytes, 4567u);
  EXPECT_EQ(to_json(*back), to_json(sample()));
}

TEST(Manifest, AnotherFormatAMissingFieldOrAPathOutsideTheFolderIsRefused) {
  auto other = to_json(sample());
  other.replace(other.find("\"format\": 1"), 11, "\"format\": 2");
  for (const std::string& text :
       {std::string("not json"), std::string("[]"), other,
        std::string(R"({"format":1,"created_at":"x","driver":"sqlite"})"), to_json([] {
          auto m = sample();
          m.database_file = "../../etc/passwd";
          return m;
        }()),
        to_json([] {
          auto m = sample();
          m.driver = "mysql";
          return m;
        }())}) {
    auto r = parse_manifest(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.error().message_id, "restore.bad_manifest");
  }
}

}  // namespace
}  // namespace comdev::ops
