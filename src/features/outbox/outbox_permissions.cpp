#include "features/outbox/outbox_permissions.h"

namespace comdev::outbox {

bool is_loopback(std::string_view a) {
  if (a.starts_with("[") && a.ends_with("]")) a = a.substr(1, a.size() - 2);
  if (a == "localhost" || a == "::1") return true;
  if (a.starts_with("::ffff:")) a.remove_prefix(7);
  return a.starts_with("127.") && a.size() >= 9;
}

bool outbox_offered(const Config& config) {
  return config.smtp_url.empty() && is_loopback(config.listen_host);
}

web::Decision can_read_outbox(const Config& config, std::string_view remote_address) {
  if (!outbox_offered(config)) return {false, "errors.not_found"};
  if (!is_loopback(remote_address)) return {false, "errors.not_found"};
  return {true, {}};
}

}  // namespace comdev::outbox
