// comdev outbox [N]: the latest e-mails of the local outbox, for people who prefer the terminal
// to /dev/outbox. Oldest of them first, so the newest ends next to the prompt.
#include <charconv>
#include <cstdio>

#include "mail/outbox.h"
#include "main/commands.h"

namespace comdev {

int cmd_outbox(const Config& config, const std::vector<std::string>& args) {
  std::size_t n = 3;
  if (!args.empty()) {
    const auto& a = args.front();
    auto [p, ec] = std::from_chars(a.data(), a.data() + a.size(), n);
    if (ec != std::errc{} || p != a.data() + a.size() || n == 0) {
      std::fprintf(stderr, "usage: comdev outbox [N]   (N: how many of the latest e-mails)\n");
      return 2;
    }
  }
  if (!config.smtp_url.empty()) {
    std::fprintf(stderr,
                 "comdev: e-mail goes to the SMTP relay %s; the outbox only keeps mail when no "
                 "relay is set\n",
                 config.smtp_url.c_str());
  }
  auto latest = mail::outbox_latest(config.outbox_dir, n);
  if (!latest) return fail("outbox", latest.error());
  if (latest->empty()) {
    std::printf("no e-mail in %s\n", config.outbox_dir.c_str());
    return 0;
  }
  for (auto it = latest->rbegin(); it != latest->rend(); ++it) {
    const auto& m = it->message;
    std::printf("── %s/%s\nDate: %s\nTo: %s\nSubject: %s\n\n%s\n", config.outbox_dir.c_str(),
                it->name.c_str(), m.header("Date").c_str(), m.header("To").c_str(),
                m.header("Subject").c_str(), m.text.c_str());
  }
  return 0;
}

}  // namespace comdev
