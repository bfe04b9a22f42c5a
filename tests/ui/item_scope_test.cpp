// Tabs that are not a kind are values of their own (ui/item_scope.hpp): a role may
// name a kind "all", "goals" or "overview" and still get its own tab.
#include <doctest/doctest.h>

#include "ui/item_scope.hpp"

using rex::ui::ItemScope;

TEST_CASE("item scope: a kind spelled like a reserved word is still only that kind") {
  for (const char* word : {"all", "goals", "overview", "overall"}) {
    CAPTURE(word);
    const ItemScope kind = ItemScope::Kind(word);
    CHECK(kind != ItemScope::EveryItem());
    CHECK(kind != ItemScope::Goals());
    CHECK(kind.Includes(word));
    CHECK_FALSE(kind.Includes("technical_skill"));
  }
  CHECK(ItemScope::EveryItem().Includes("anything"));
  CHECK_FALSE(ItemScope::Goals().Includes("goal"));
  CHECK(ItemScope::EveryItem().Name("overview") == "overview");
  CHECK(ItemScope::Kind("behaviour").Name("all") == "behaviour");
}
