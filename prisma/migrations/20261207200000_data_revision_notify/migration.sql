-- Every change of the data revision is announced on the channel "data_revision" (payload: the
-- new revision) when its transaction commits, whichever statement made it: app instances that
-- LISTEN learn of a publish without reading the revision per request.
CREATE FUNCTION "DataRevision_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('data_revision', NEW."revision"::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "DataRevision_notify"
AFTER INSERT OR UPDATE ON "DataRevision"
FOR EACH ROW EXECUTE FUNCTION "DataRevision_notify"();
