#include "features/tryit/demo_accounts.h"

namespace comdev::tryit {

const std::vector<DemoAccount>& demo_accounts() {
  static const std::vector<DemoAccount> all = {
      {"representative", "tryit.role.representative", "tryit.does.representative",
       "taliouine.demo@example.org", "Élue de Taliouine (démo)", "Commune de Taliouine", false,
       false},
      {"association", "tryit.role.association", "tryit.does.association",
       "association.demo@example.org", "Président d'association (démo)",
       "Association Tifaout Iferda", false, false},
      // An engineer from near Taliouine (demo/experts.json): the first match for a water study.
      {"expert", "tryit.role.expert", "tryit.does.expert", "nadia.ouhammou.demo@example.org", "",
       "", false, false},
      // A supporter with no Moroccan origin: the "diaspora de cœur".
      {"heart_expert", "tryit.role.heart_expert", "tryit.does.heart_expert",
       "claire.martin.demo@example.org", "", "", false, false},
      // The treasurer of the association collecting the demo campaign (demo/campaigns.json):
      // confirms pledges and imports the bank statement.
      {"treasurer", "tryit.role.treasurer", "tryit.does.treasurer", "tresoriere.demo@example.org",
       "Trésorière d'association (démo)",
       "Association Ouijjane pour le Développement et la Solidarité", false, false},
      {"animator", "tryit.role.animator", "tryit.does.animator", "animation.demo@example.org",
       "Animatrice de la communauté (démo)", "", true, false},
      {"admin", "tryit.role.admin", "tryit.does.admin", "admin.demo@example.org",
       "Administrateur de la plateforme (démo)", "", true, true},
  };
  return all;
}

}  // namespace comdev::tryit
