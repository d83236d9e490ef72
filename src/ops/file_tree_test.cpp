#include "ops/file_tree.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <random>

namespace comdev::ops {
namespace {

namespace fs = std::filesystem;

// sha256("hello\n")
const std::string kHello = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

struct Folders {
  Folders() {
    std::random_device rd;
    root = fs::temp_directory_path() / ("comdev-tree-" + std::to_string(rd()));
    fs::create_directories(root / "from" / "58" / "91");
    fs::create_directories(root / "from" / "tmp");
    write(root / "from" / "58" / "91" / kHello, "hello\n");
    write(root / "from" / "58" / "91" / (kHello + ".thumb.jpg"), "thumb");
    write(root / "from" / "tmp" / "upload-in-progress", "half");
  }
  ~Folders() { fs::remove_all(root); }
  static void write(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
  }
  fs::path root;
};

TEST(FileTree, CopiesEveryStoredFileButTheUploadsInProgress) {
  Folders f;
  auto stats = copy_tree(f.root / "from", f.root / "to", {});
  ASSERT_TRUE(stats.ok()) << stats.error().detail;
  EXPECT_EQ(stats->count, 2u);
  EXPECT_EQ(stats->bytes, 6u + 5u);
  EXPECT_TRUE(fs::exists(f.root / "to" / "58" / "91" / kHello));
  EXPECT_FALSE(fs::exists(f.root / "to" / "tmp"));
  // On one file system the copy is a hard link: no second copy of the bytes.
  struct stat st {};
  ASSERT_EQ(stat((f.root / "to" / "58" / "91" / kHello).c_str(), &st), 0);
  EXPECT_EQ(st.st_nlink, 2u);
}

TEST(FileTree, ACopyIsItsOwnFileAndAMissingSourceIsAnEmptyTree) {
  Folders f;
  auto stats = copy_tree(f.root / "from", f.root / "to", {CopyMode::copy, true});
  ASSERT_TRUE(stats.ok()) << stats.error().detail;
  struct stat st {};
  ASSERT_EQ(stat((f.root / "to" / "58" / "91" / kHello).c_str(), &st), 0);
  EXPECT_EQ(st.st_nlink, 1u);
  auto none = copy_tree(f.root / "absent", f.root / "to2", {});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->count, 0u);
}

TEST(FileTree, AFileWhoseContentNoLongerMatchesItsHashIsFoundWhenVerifying) {
  Folders f;
  Folders::write(f.root / "from" / "58" / "91" / kHello, "tampered\n");
  auto stats = copy_tree(f.root / "from", f.root / "to", {CopyMode::copy, true});
  ASSERT_FALSE(stats.ok());
  EXPECT_EQ(stats.error().message_id, "restore.file_damaged");
}

TEST(FileTree, Sha256OfAFile) {
  Folders f;
  auto sum = sha256_of_file(f.root / "from" / "58" / "91" / kHello);
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(*sum, kHello);
  EXPECT_FALSE(sha256_of_file(f.root / "missing").ok());
}

}  // namespace
}  // namespace comdev::ops
