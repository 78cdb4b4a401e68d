# Sourced by the benchmark scripts: a fresh database and role on a local PostgreSQL (Debian's package, installed and
# started if missing). Sets DB_ARGS (the launcher's --db-url/--db-user) and exports PIPEDESK_DB_PASSWORD.
bench_postgres() {
  command -v pg_ctlcluster >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
  local version db pgport
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start 2>/dev/null || true
  db=bench_$(date +%s)
  su postgres -c "psql -q -c \"CREATE ROLE $db LOGIN PASSWORD 'bench'\" -c \"CREATE DATABASE $db OWNER $db\""
  pgport=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  DB_ARGS=(--db-url "jdbc:postgresql://localhost:$pgport/$db" --db-user "$db")
  export PIPEDESK_DB_PASSWORD=bench
  echo "database: PostgreSQL $version ($db)"
}
