// Meetings as the reader reads them: times on given clocks, answers' labels, notices.
#pragma once

#include <string>
#include <string_view>

#include "features/meetings/meeting.h"
#include "features/meetings/meeting_views.h"
#include "i18n/lang.h"

namespace comdev::meetings {

// The meeting's start and end on the clocks of `zone` (its own zone: as it was set).
When when_in(i18n::Lang lang, const Meeting& m, std::string_view zone);
std::string answer_label(i18n::Lang lang, Answer a);
MeetingRow row_of(i18n::Lang lang, const Meeting& m, std::string_view reader_zone);

}  // namespace comdev::meetings
