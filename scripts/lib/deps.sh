# Shared by scripts/run-server and scripts/test: make sure the Debian packages the build needs are present.
# Usage: ensure_debian_packages pkg...   (installs the missing ones with apt-get, as root or through sudo)

ensure_debian_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: missing ${missing[*]} and this is not a Debian/Ubuntu system (no apt-get)." >&2
        echo "       Install the SQLite development files (sqlite3.h, libsqlite3.so) with your package manager." >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: missing ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "Installing ${missing[*]} with apt-get…" >&2
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
        echo "error: could not install ${missing[*]} with apt-get." >&2
        echo "       Check the network and package sources, then run: apt-get install -y ${missing[*]}" >&2
        return 1
    fi
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: the Swift toolchain (6.2 or newer) is not on PATH; install it from swift.org first." >&2
        return 1
    fi
}

# Usage: ensure_python_modules module[=pip-name]...   (installs the missing ones with pip)
ensure_python_modules() {
    local missing=()
    local spec module package
    for spec in "$@"; do
        module=${spec%%=*}
        package=${spec#*=}
        python3 -c "import $module" 2>/dev/null || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} with pip…" >&2
    python3 -m pip install --quiet "${missing[@]}" 2>/dev/null \
        || python3 -m pip install --quiet --user "${missing[@]}" 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages "${missing[@]}" || {
            echo "error: could not install ${missing[*]} with pip; install them and run again." >&2
            return 1
        }
}
