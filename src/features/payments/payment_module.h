// The online payments feature: a donor pays their pending pledge in euros by card through
// HelloAsso checkout, when the platform is configured for it (Config: helloasso_*; off by
// default) and the pledge's collecting organisation is the configured one. The pledge page's
// "Pay online" button, the start of a checkout, the donor's return and HelloAsso's notification;
// a pledge is confirmed only from what HelloAsso's API says. Comes after campaigns and receipts
// (a confirmation issues the receipt, means "online").
#pragma once

#include "web/app.h"

namespace comdev::payments {

// Registers the routes (they answer 404 while online payment is off) and the pledge page's
// button. The provider is made from the app's configuration.
void register_module(web::App& app);  // payment_pages.cpp

}  // namespace comdev::payments
