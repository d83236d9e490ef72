#include "features/documents/document_forms.h"

#include <gtest/gtest.h>

#include <vector>

namespace comdev::documents {
namespace {

http::UploadedFile file_named(std::string name, std::string bytes = "%PDF-1.4") {
  http::UploadedFile f;
  f.field_name = "file";
  f.filename = std::move(name);
  f.bytes = std::move(bytes);
  return f;
}

std::string field_error(const Error& e, std::string_view field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message_id;
  }
  return {};
}

TEST(DocumentForms, TheTitleDefaultsToTheFileName) {
  auto in = parse_upload("", "study", file_named("Étude_faisabilité.pdf"));
  ASSERT_TRUE(in);
  EXPECT_EQ(in->title, "Étude faisabilité");
  EXPECT_EQ(in->kind, Kind::study);
  auto typed = parse_upload("  Budget 2027 ", "", file_named("b.xlsx"));
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->title, "Budget 2027");
  EXPECT_EQ(typed->kind, Kind::other);
}

TEST(DocumentForms, RefusesAnUnknownKindAndAnOverlongTitle) {
  auto e = parse_upload(std::string(201, 'x'), "svg", file_named("a.pdf"));
  ASSERT_FALSE(e);
  EXPECT_EQ(field_error(e.error(), "title"), "documents.errors.title_too_long");
  EXPECT_EQ(field_error(e.error(), "kind"), "documents.errors.kind");
  auto control = parse_upload("", "", file_named(std::string("\0\r\n.pdf", 7)));
  ASSERT_FALSE(control);
  EXPECT_EQ(field_error(control.error(), "title"), "documents.errors.title_required");
}

TEST(DocumentForms, ExactlyOneFileThatIsNotEmpty) {
  EXPECT_EQ(field_error(the_file({}).error(), "file"), "documents.errors.no_file");
  // What a browser sends when no file was chosen.
  EXPECT_EQ(field_error(the_file({file_named("", "")}).error(), "file"),
            "documents.errors.no_file");
  EXPECT_EQ(field_error(the_file({file_named("empty.pdf", "")}).error(), "file"),
            "files.errors.empty");
  EXPECT_EQ(field_error(the_file({file_named("a.pdf"), file_named("b.pdf")}).error(), "file"),
            "documents.errors.one_file");
  auto big = file_named("big.pdf", "");
  big.spool_path = "/spooled";
  big.size = kMaxFileBytes + 1;
  EXPECT_EQ(field_error(the_file({big}).error(), "file"), "files.errors.too_large");
  // the_file points into the list it is given, so the list must outlive the answer.
  std::vector<http::UploadedFile> one{file_named("a.pdf")};
  auto ok = the_file(one);
  ASSERT_TRUE(ok);
  EXPECT_EQ((*ok)->filename, "a.pdf");
}

}  // namespace
}  // namespace comdev::documents
