#include "files/backup_hold.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "files/file_store.h"
#include "files/sweep.h"

namespace comdev::files {
namespace {

namespace fs = std::filesystem;

class BackupHoldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("comdev-hold-" + std::to_string(::getpid()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(BackupHoldTest, WhileABackupCopiesTheStoreNothingIsRemovedThenRemovalResumes) {
  FileStore store(root_.string());
  auto f = store.put(Source::memory("%PDF-1.4\n% held\n"), 1 << 20);
  ASSERT_TRUE(f) << f.error().detail;
  {
    auto hold = BackupHold::take(root_);
    ASSERT_TRUE(hold);
    EXPECT_TRUE(backup_in_progress(root_));
    ASSERT_TRUE(store.remove(f->sha256));
    EXPECT_TRUE(store.exists(f->sha256)) << "a deletion waits for the backup";
    std::atomic<bool> stop{false};
    auto swept = sweep(
        store, std::chrono::system_clock::now() + std::chrono::hours(24), std::chrono::seconds(0),
        [](const std::string&) -> Result<bool> { return false; }, stop);
    ASSERT_TRUE(swept);
    EXPECT_EQ(swept->removed, 0);
    EXPECT_TRUE(store.exists(f->sha256)) << "so does the sweeper";
  }
  EXPECT_FALSE(backup_in_progress(root_));
  EXPECT_FALSE(fs::exists(root_ / BackupHold::kName));
  ASSERT_TRUE(store.remove(f->sha256));
  EXPECT_FALSE(store.exists(f->sha256));
}

TEST_F(BackupHoldTest, AMarkLeftByABackupThatDiedHoldsNothingBack) {
  fs::create_directories(root_);
  {
    auto hold = BackupHold::take(root_);
    ASSERT_TRUE(hold);
    fs::last_write_time(root_ / BackupHold::kName, fs::file_time_type::clock::now() -
                                                       kBackupHoldStale - std::chrono::hours(1));
    EXPECT_FALSE(backup_in_progress(root_));
  }
}

}  // namespace
}  // namespace comdev::files
