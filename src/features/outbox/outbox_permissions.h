// Who may read the local outbox (/dev/outbox): the feature's whole policy. Captured e-mail holds
// sign-in and confirmation links, so it is shown only to the person at the machine that runs
// ComDev: when no SMTP relay is set (otherwise mail really left and the outbox is empty), when the
// server listens on a loopback address (so nobody on the network can reach it), and only to a
// request that came from a loopback address. Anything else answers 404: the page does not exist.
#pragma once

#include <string_view>

#include "core/config.h"
#include "web/decision.h"

namespace comdev::outbox {

// 127.0.0.0/8, ::1, "localhost", and IPv4-mapped loopback (::ffff:127.x.y.z).
bool is_loopback(std::string_view address);

// True when the server may offer /dev/outbox at all (decided once at start).
bool outbox_offered(const Config& config);

// For one request, from remote_address.
web::Decision can_read_outbox(const Config& config, std::string_view remote_address);

}  // namespace comdev::outbox
