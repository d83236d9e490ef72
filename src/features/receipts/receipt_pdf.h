// A receipt as a one-page A4 PDF (libharu): the organisation, the donor, the amount in figures
// and in words, the date and means of the gift, the mention its status requires, and a
// "cancelled" stamp once the gift was refunded. A French tax receipt is written in French
// whatever the reader's language (the tax administration reads it); other receipts in `lang`,
// right-to-left in Arabic. Latin text uses the PDF's built-in Helvetica (nothing embedded, a few
// kilobytes for a phone on a slow network); a receipt with Arabic or other scripts embeds
// DejaVu Sans, shaped and ordered with ICU. The same receipt gives the same bytes.
#pragma once

#include <string>

#include "core/result.h"
#include "features/receipts/receipt.h"
#include "i18n/lang.h"

namespace comdev::receipts {

// The language the receipt is written in when the reader reads `lang`.
i18n::Lang pdf_language(const Receipt& r, i18n::Lang lang);

Result<std::string> render_pdf(const Receipt& r, i18n::Lang lang);

}  // namespace comdev::receipts
