// Sources of a digest other than the matching needs: features that come after the digest (the
// team discussion's mentions, overdue tasks) add their lines to a member's next digest here, so
// they reach the member within the one notification budget and never as an e-mail of their own.
// Register at start, before the job runs; read-only afterwards.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/digest/digest.h"
#include "i18n/lang.h"
#include "store/db.h"

namespace comdev::digest {

// What is new for `member` since their last digest (Candidate::since), in `lang`, at `now` (the
// digest job's clock: a source whose news depends on time, such as a task falling overdue or a
// meeting's reminder, reads it from there); nullopt or an Extra without lines when nothing.
using Source = std::function<Result<std::optional<Extra>>(store::Db&, const Candidate& member,
                                                          i18n::Lang, core::Seconds now)>;
void add_source(Source source);
const std::vector<Source>& sources();

}  // namespace comdev::digest
