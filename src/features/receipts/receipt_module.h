// The receipts feature: a PDF receipt for every confirmed gift, numbered per collecting
// organisation and year without gaps, with the mention its status requires (a French tax
// receipt only when an animator marked the organisation eligible); the donor downloads it from
// their pledge, the treasurers keep the register. Comes after campaigns, whose confirmations and
// refunds issue and cancel receipts.
#pragma once

#include "core/result.h"
#include "features/receipts/receipt_actions.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::receipts {

void register_pages(web::App& app);  // receipt_pages.cpp

inline void register_module(web::App& app) {
  hook_into_pledges();
  register_pages(app);
}

}  // namespace comdev::receipts
