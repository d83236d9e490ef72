// The response-time rule that keeps mobilisation alive: an invitation or offer left unanswered
// past its expiry expires, with a courteous notice to both sides (the carrier's links to the
// need's page, where the next experts now show, since those already invited are left out).
// The same pass withdraws what is still open on needs since satisfied or closed, and what is
// addressed to or made by a member who deleted their account.
//
// Safe with several instances: each row is claimed by one UPDATE … WHERE status = 'open'
// RETURNING, and only the claiming instance sends its notices.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "core/time.h"
#include "mail/mailer.h"
#include "store/db.h"

namespace comdev::mobilisation {

struct Expired {
  int invitations = 0;
  int offers = 0;
  int withdrawn = 0;  // invitations and offers withdrawn (need finished, account deleted)
  int mails = 0;
};

// One pass at `now`: claims and expires in one transaction, then sends the notices.
Result<Expired> expire_due(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
                           core::Seconds now);

// Runs expire_due every `period` on its own thread until destroyed.
class Expirer {
 public:
  // `base_url` is read at each pass (REQUIRES: it outlives the Expirer: the Config's).
  Expirer(store::Db& db, mail::Mailer& mailer, const std::string& base_url,
          std::chrono::seconds period);
  ~Expirer();
  Expirer(const Expirer&) = delete;
  Expirer& operator=(const Expirer&) = delete;

 private:
  store::Db& db_;
  mail::Mailer& mailer_;
  const std::string& base_url_;
  std::chrono::seconds period_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace comdev::mobilisation
