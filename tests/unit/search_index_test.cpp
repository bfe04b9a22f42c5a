#include <doctest/doctest.h>

#include "core/role/role_loader.hpp"
#include "core/search/search_index.hpp"

using namespace rex::core;

namespace {

Role SmallRole() {
  const char* json = R"({"format":"role-explorer/role@1","id":"r","title":"R","content_version":"1","sections":[
    {"id":"s1","number":1,"title":"One","groups":[{"id":"g1","title":"G","items":[
      {"id":"a","kind":"statement","name":"Retry budgets","text":"Keep retries idempotent under load."},
      {"id":"b","kind":"statement","name":"Idempotency keys","text":"Deduplicate requests."}]}]},
    {"id":"s2","number":2,"title":"Two","groups":[{"id":"g2","title":"G","items":[
      {"id":"c","kind":"kpi","name":"Error rate","facts":[{"label":"Target","value":"Within SLO"}]}]}]}]})";
  auto loaded = LoadRole(json, "small");
  REQUIRE(loaded.role.has_value());
  return std::move(*loaded.role);
}

}  // namespace

TEST_CASE("search is case-insensitive, ranks name hits first, and marks every word") {
  const Role role = SmallRole();
  const SearchIndex index(role);
  const SearchResults results = index.Find("IDEMPOT");
  REQUIRE(results.total == 2);
  CHECK(role.At(results.hits[0].ref).id == "b");  // match in the name
  CHECK(results.hits[0].field == "name");
  CHECK(role.At(results.hits[1].ref).id == "a");
  CHECK(results.hits[1].field == "text");
  const SearchHit& hit = results.hits[1];
  REQUIRE(hit.marks.size() == 1);
  CHECK(hit.snippet.substr(hit.marks[0].first, hit.marks[0].second - hit.marks[0].first) == "idempot");
}

TEST_CASE("every word must match, in any field, including facts") {
  const SearchIndex index(SmallRole());
  CHECK(index.Find("error slo").total == 1);
  CHECK(index.Find("error idempotent").total == 0);
  CHECK(index.Find("   ").total == 0);
}

TEST_CASE("the limit caps hits but not the total") {
  const SearchIndex index(SmallRole());
  const SearchResults results = index.Find("e", 1);
  CHECK(results.hits.size() == 1);
  CHECK(results.total == 3);
}

TEST_CASE("snippets never split a UTF-8 character") {
  std::string text(60, 'x');
  text += "\xE2\x80\x94 budget";  // an em dash right where the snippet would start
  const std::string json = R"({"format":"role-explorer/role@1","id":"r","title":"R","content_version":"1","sections":[
    {"id":"s1","number":1,"title":"One","groups":[{"id":"g1","title":"G","items":[
      {"id":"a","kind":"statement","name":"N","text":")" + text + R"("}]}]}]})";
  auto loaded = LoadRole(json, "utf8");
  REQUIRE(loaded.role.has_value());
  const SearchResults results = SearchIndex(*loaded.role).Find("budget");
  REQUIRE(results.hits.size() == 1);
  const std::string& snippet = results.hits[0].snippet;
  for (size_t i = 0; i + 1 < snippet.size(); ++i) {
    // A continuation byte must follow a lead or another continuation byte.
    if ((static_cast<unsigned char>(snippet[i + 1]) & 0xC0) == 0x80) CHECK((static_cast<unsigned char>(snippet[i]) & 0x80) != 0);
  }
}

TEST_CASE("the lazy index answers exactly as the index, and a query without words finds nothing") {
  const Role role = SmallRole();
  const SearchIndex index(role);
  const LazySearchIndex lazy(role);
  CHECK(lazy.Find("").hits.empty());
  CHECK(lazy.Find("  \t ").total == 0);
  for (const char* query : {"idempotent", "RETRY load", "within slo", "nothing-like-this"}) {
    CAPTURE(query);
    const SearchResults expected = index.Find(query), got = lazy.Find(query);
    REQUIRE(got.total == expected.total);
    REQUIRE(got.hits.size() == expected.hits.size());
    for (size_t i = 0; i < got.hits.size(); ++i) {
      CHECK(got.hits[i].ref.item == expected.hits[i].ref.item);
      CHECK(got.hits[i].snippet == expected.hits[i].snippet);
      CHECK(got.hits[i].marks == expected.hits[i].marks);
    }
  }
  CHECK(lazy.Find("retry", 0).total == 1);  // the limit still caps hits, not the total
}

TEST_CASE("search beyond ASCII: any case, and accents only when the query has them") {
  const char* json = R"({"format":"role-explorer/role@1","id":"r","title":"R","content_version":"1","sections":[
    {"id":"s1","number":1,"title":"One","groups":[{"id":"g1","title":"G","items":[
      {"id":"a","kind":"statement","name":"Biuro w Warszawie","text":"Zespół z Łódź i Kraków."},
      {"id":"b","kind":"statement","name":"Команда Дмитрия","text":"Ωmega team."}]}]}]})";
  auto loaded = LoadRole(json, "intl");
  REQUIRE(loaded.role.has_value());
  const SearchIndex index(*loaded.role);
  const auto item_of = [&](const char* query) {
    const SearchResults r = index.Find(query);
    return r.hits.empty() ? std::string("none") : loaded.role->At(r.hits.front().ref).id;
  };
  CHECK(item_of("ŁÓDŹ") == "a");
  CHECK(item_of("lodz") == "a");
  CHECK(item_of("krakow zespol") == "a");
  CHECK(item_of("łodz") == "none");  // an accent in the query must match
  CHECK(item_of("дмитрия") == "b");
  CHECK(item_of("ΩMEGA") == "b");
  const SearchHit hit = index.Find("lodz").hits.front();
  REQUIRE(hit.field == "text");
  REQUIRE(hit.marks.size() == 1);
  CHECK(hit.snippet.substr(hit.marks[0].first, hit.marks[0].second - hit.marks[0].first) == "Łódź");
}
