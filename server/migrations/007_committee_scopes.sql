-- Each committee's declared scope, which routing matches new notifications against
-- (shared/routing). Lists of codes and keywords, one row per committee that has a scope.
CREATE TABLE committee_scopes (
  committee_id text PRIMARY KEY REFERENCES committees(id),
  ics jsonb NOT NULL DEFAULT '[]',
  hs jsonb NOT NULL DEFAULT '[]',
  keywords_zh jsonb NOT NULL DEFAULT '[]',
  keywords_en jsonb NOT NULL DEFAULT '[]',
  updated_at timestamptz NOT NULL DEFAULT now()
);
