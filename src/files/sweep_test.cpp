#include "files/sweep.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "files/test_images.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

class SweepTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("comdev-sweep-" + std::to_string(::getpid()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  Result<Swept> run(FileStore& store, std::chrono::system_clock::time_point now) {
    return sweep(
        store, now, 1h,
        [this](const std::string& sha) -> Result<bool> { return referenced_.count(sha) > 0; },
        stop_);
  }

  fs::path root_;
  std::set<std::string> referenced_;
  std::atomic<bool> stop_{false};
};

TEST_F(SweepTest, AnOldFileNoRowNamesGoesWithItsDerivativesAReferencedOneStays) {
  FileStore store(root_.string());
  auto orphan = store.put(Source::memory(kPdf + "% orphan"), 1 << 20);
  auto kept = store.put(Source::memory(kPdf + "% kept"), 1 << 20);
  auto photo = store.put(Source::memory(testing::make_image(".jpg", 400, 300, "GPS")), 10 << 20);
  ASSERT_TRUE(orphan && kept && photo);
  ASSERT_TRUE(photo->has_derivatives);
  referenced_.insert(kept->sha256);
  const auto later = std::chrono::system_clock::now() + 2h;

  auto r = run(store, later);
  ASSERT_TRUE(r) << r.error().message_id;
  EXPECT_EQ(r->removed, 2);
  EXPECT_FALSE(store.exists(orphan->sha256));
  EXPECT_FALSE(store.exists(photo->sha256));
  EXPECT_FALSE(fs::exists(store.path_of(photo->sha256, Derivative::thumbnail)));
  EXPECT_FALSE(fs::exists(store.path_of(photo->sha256, Derivative::preview)));
  EXPECT_TRUE(store.exists(kept->sha256));
}

TEST_F(SweepTest, AFileWithinTheGracePeriodIsLeftToItsUpload) {
  FileStore store(root_.string());
  auto f = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(f);
  auto r = run(store, std::chrono::system_clock::now() + 30min);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->removed, 0);
  EXPECT_TRUE(store.exists(f->sha256));
}

TEST_F(SweepTest, StoringBytesAgainRefreshesAnOldFilesTime) {
  FileStore store(root_.string());
  auto f = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->created);
  const auto old = fs::last_write_time(store.path_of(f->sha256)) - 3h;
  fs::last_write_time(store.path_of(f->sha256), old);
  // Another upload of the same bytes, its row not written yet: the sweeper must not take it.
  auto again = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->created);
  auto r = run(store, std::chrono::system_clock::now() + 30min);
  ASSERT_TRUE(r);
  EXPECT_TRUE(store.exists(f->sha256));
}

TEST_F(SweepTest, AbandonedTemporariesAndLoneDerivativesGo) {
  FileStore store(root_.string());
  fs::create_directories(root_ / "tmp");
  std::ofstream(root_ / "tmp" / "upload-abc123") << "half an upload";
  const std::string sha(64, 'a');
  fs::create_directories(fs::path(store.path_of(sha)).parent_path());
  std::ofstream(store.path_of(sha, Derivative::thumbnail)) << "thumb";
  std::ofstream(root_ / "README") << "not ours";
  auto r = run(store, std::chrono::system_clock::now() + 2h);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->temporaries, 1);
  EXPECT_EQ(r->leftovers, 1);
  EXPECT_FALSE(fs::exists(store.path_of(sha, Derivative::thumbnail)));
  EXPECT_TRUE(fs::exists(root_ / "README"));
}

TEST_F(SweepTest, ADatabaseErrorStopsTheSweepAndRemovesNothing) {
  FileStore store(root_.string());
  auto f = store.put(Source::memory(kPdf), 1 << 20);
  ASSERT_TRUE(f);
  auto r = sweep(
      store, std::chrono::system_clock::now() + 2h, 1h,
      [](const std::string&) -> Result<bool> { return Error::unavailable("db gone"); }, stop_);
  EXPECT_FALSE(r);
  EXPECT_TRUE(store.exists(f->sha256));
}

}  // namespace
}  // namespace comdev::files
