// App: the web application — routes, the request pipeline, error pages, access log, metrics.
// main wires one App per process and hands App::handle to the HTTP server.
//
// Pipeline (ARCHITECTURE.md §3): request id → static assets → route → language → form and CSRF
// on unsafe methods → handler → security headers. Handlers are free functions of Ctx&.
// Thread-safety: routes are added at start-up; handle() is called from many worker threads.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "i18n/lang.h"
#include "jobs/scheduler.h"
#include "mail/mailer.h"
#include "store/db.h"
#include "web/api_doc.h"
#include "web/assets.h"
#include "web/context.h"
#include "web/metrics.h"
#include "web/request_log.h"

namespace comdev::web {

using Handler = std::function<http::Response(Ctx&)>;

// What the layout shows about the community this instance presents.
struct SiteInfo {
  std::string name;
  std::string territory;
  bool demo = false;
};
using SiteInfoProvider = std::function<SiteInfo(i18n::Lang)>;

// Turns the bearer token of an /api/ request into the acting member: nullopt when the token is
// unknown or expired (the request is then refused as unauthenticated). Installed by the accounts
// feature, so the web layer needs to know nothing about accounts.
using BearerResolver = std::function<Result<std::optional<Actor>>(std::string_view token)>;

// A live figure shown on the home page; each feature registers its own (ARCHITECTURE.md §4).
struct HomeCount {
  std::string plural_key;  // catalogue key of a plural message with {count}
  std::function<Result<std::int64_t>(store::Db&)> count;
};

// Reads the body of a form (url-encoded or multipart, in memory or spooled) into ctx.form and
// ctx.files. The pipeline does it for every unsafe page request; an API upload calls it itself.
Status read_form(Ctx& ctx);

class App {
 public:
  App(const Config& config, store::Db& db, Assets assets);

  void get(std::string pattern, Handler h, std::string_view api_doc = {}) {
    route(http::Method::get, std::move(pattern), std::move(h), api_doc);
  }
  void post(std::string pattern, Handler h, std::string_view api_doc = {}) {
    route(http::Method::post, std::move(pattern), std::move(h), api_doc);
  }
  // Routes under /api/ answer in JSON and take no cookies (so need no CSRF token). Each is
  // registered with its description (`api_doc`: an OpenAPI Operation Object as JSON text, see
  // api_doc.h); the API reference test fails on an /api/ route without one. A parameter typed in
  // the pattern ("{id:int}") is enforced before the handler runs: a value of another type is a
  // 400 naming the parameter.
  void route(http::Method method, std::string pattern, Handler h, std::string_view api_doc = {});
  // A route whose request body may be larger than the server's default (an upload form or API):
  // the server refuses a body over `max_body_bytes` with 413 before reading it, and writes a body
  // over the default to a file (http::Request::body_file) rather than to memory. The handler
  // finds a form's files in Ctx::files (read_form does the same for an API route).
  void upload(http::Method method, std::string pattern, std::size_t max_body_bytes, Handler h,
              std::string_view api_doc = {});
  // The body limit of the request whose header is `head`: its route's, or 0 for the server's
  // default. The server asks on its I/O thread: matching the route never blocks.
  std::size_t body_limit(const http::Request& head) const;
  // A form POST whose only credential is a secret token in the request itself, so it must work
  // from outside any browser session: RFC 8058 one-click unsubscribe, posted by the mail client.
  // No CSRF check (there is no session to forge); the handler MUST check the token and act only
  // on what that token names.
  void post_token_only(std::string pattern, Handler h);
  void set_site_info(SiteInfoProvider p) { site_info_ = std::move(p); }
  // REQUIRES: set before serving. Without one, bearer tokens are refused.
  void set_bearer_resolver(BearerResolver r) { bearer_resolver_ = std::move(r); }
  // REQUIRES: set before serving; outlives the App.
  void set_mailer(mail::Mailer* mailer) { mailer_ = mailer; }
  mail::Mailer& mailer() { return *mailer_; }
  // The clock handlers pass to time-dependent rules: the system's unless a test sets its own.
  // REQUIRES: set before serving; outlives the App.
  void set_clock(const core::Clock* clock) { clock_ = clock; }
  const core::Clock& clock() const { return *clock_; }
  // The one scheduler of background work, where features register their jobs at start-up.
  // REQUIRES: set before the features are registered; outlives the App's use of it.
  void set_jobs(jobs::Scheduler* jobs) { jobs_ = jobs; }
  jobs::Scheduler& jobs() { return *jobs_; }
  void add_home_count(HomeCount c) { home_counts_.push_back(std::move(c)); }
  // The API's self-description: operations registered with a description, shared components.
  ApiDoc& api_doc() { return api_doc_; }
  const ApiDoc& api_doc() const { return api_doc_; }
  // Every registered route (method, pattern without types, parameters with their types).
  std::vector<http::RouteInfo> routes() const { return router_.routes(); }
  const std::vector<HomeCount>& home_counts() const { return home_counts_; }

  http::Response handle(http::Request& req);
  // What the server may answer on its I/O thread, without the hop to a worker: static assets,
  // from memory. nullopt for everything else. Never blocks.
  std::optional<http::Response> answer_inline(http::Request& req);
  // Pages for errors the server detects itself (400, 408, 413, 431, 500, 503).
  http::Response error_response(int status, const http::Request* req);
  // Access log line and metrics, once per response.
  void observe(const http::Request& req, const http::Response& res,
               std::chrono::nanoseconds latency);

  const Config& config() const { return config_; }
  store::Db& db() { return db_; }
  const Assets& assets() const { return assets_; }
  Metrics& metrics() { return metrics_; }
  RequestLog& request_log() { return request_log_; }
  SiteInfo site_info(i18n::Lang lang) const;

 private:
  http::Response dispatch(http::Request& req);
  http::RouteId add_route(http::Method method, std::string pattern, Handler h);

  const Config& config_;
  store::Db& db_;
  Assets assets_;
  Metrics metrics_;
  RequestLog request_log_;
  http::Router router_;
  std::vector<Handler> handlers_;
  std::vector<bool> token_only_;          // per route: post_token_only (no CSRF check)
  std::vector<std::size_t> body_limits_;  // per route: upload()'s limit, 0 for the default
  SiteInfoProvider site_info_;
  BearerResolver bearer_resolver_;
  mail::Mailer* mailer_ = nullptr;
  const core::Clock* clock_ = &core::system_clock();
  jobs::Scheduler* jobs_ = nullptr;
  std::vector<HomeCount> home_counts_;
  ApiDoc api_doc_;
  std::string tiles_origin_;  // map_tiles_origin(config), for the CSP
  std::string csp_;           // the Content-Security-Policy, built once from tiles_origin_
};

// The Content-Security-Policy of every page. `tiles_origin` (Config's map tiles host, may be
// empty) is the one outside source of images.
std::string content_security_policy(std::string_view tiles_origin = {});
// Adds the headers every response carries: the CSP `csp` (content_security_policy()), nosniff,
// referrer policy, frame-ancestors.
void add_security_headers(http::Response& res, const std::string& csp);

}  // namespace comdev::web
