# Helpers the benchmarks share (sourced by them, not run alone).

# the first "id" of the JSON on stdin
first_id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }

# the form token (_csrf) of the HTML on stdin
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# login BASE JAR EMAIL: signs in with the demo password through the login form, keeps the session in
# the cookie jar JAR and prints it as "SESSION=…" (for wrk's cookie header)
login() {
  local token
  token=$(curl -s -c "$2" -b "$2" "$1/login" | csrf)
  curl -s -c "$2" -b "$2" -o /dev/null -d "email=$3&password=Fahrplan-Demo-2026&_csrf=$token" "$1/login"
  echo "SESSION=$(awk '$6=="SESSION"{print $7}' "$2")"
}
