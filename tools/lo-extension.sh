#!/bin/sh
# lo-extension.sh add|remove OXT UNOPKG DESTDIR: registers (or removes) the
# PST add-in for every user of the system's LibreOffice, as "make install"
# (or "make uninstall") run as root does.  Run by another user, or into a
# DESTDIR (a package being built), it only says how to install the .oxt.
#
# unopkg runs with a profile of its own, thrown away afterwards: it neither
# touches root's LibreOffice profile nor waits for a LibreOffice running
# with it.
set -u
action=$1 oxt=$2 unopkg=$3 destdir=${4:-}
identifier=be.pst.addin

explain() {
	echo "lo-extension: $1"
	echo "  pour l'installer : unopkg add $oxt"
	echo "  ou, dans LibreOffice : Outils > Gestionnaire des extensions > Ajouter"
}

if [ -n "$destdir" ]; then
	echo "lo-extension: installation dans DESTDIR : extension non enregistrée ($oxt)"
	exit 0
fi
if [ "$unopkg" = no ] || [ ! -x "$unopkg" ]; then
	[ "$action" = add ] && explain "unopkg introuvable : complément copié, non enregistré"
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	[ "$action" = add ] && explain "pas root : complément copié dans $oxt, non enregistré pour tous"
	exit 0
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
env="-env:UserInstallation=file://$profile"
case $action in
add)
	# --force replaces an earlier version of the same extension.
	if "$unopkg" add --shared --force "$env" "$oxt"; then
		echo "lo-extension: complément LibreOffice enregistré pour tous les utilisateurs ($identifier)"
	else
		echo "lo-extension: unopkg add --shared a échoué pour $oxt" >&2
		exit 1
	fi
	;;
remove)
	if "$unopkg" list --shared "$env" 2>/dev/null | grep -q "Identifier: $identifier"; then
		"$unopkg" remove --shared "$env" "$identifier" &&
			echo "lo-extension: complément LibreOffice retiré ($identifier)"
	fi
	;;
*)
	echo "usage: lo-extension.sh add|remove OXT UNOPKG DESTDIR" >&2
	exit 2
	;;
esac
