#!/bin/sh
# What a Linux screen reader gets from convviz: docs/screen-reader/check.sh [convolution|steps|lenet] [--press]
# Needs: xvfb, dbus, at-spi2-core and the system Python's pyatspi
#   (Debian/Ubuntu: apt-get install xvfb dbus at-spi2-core python3-pyatspi).
# Starts a private D-Bus session with the accessibility bus, convviz on a virtual screen, then the probe.
set -e
view=${1:-steps}
here=$(dirname "$0")
exec dbus-run-session -- sh -c "
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x800x24' \
    python3 -m convviz --view $view --size 1280x760 >/dev/null 2>&1 &
  app=\$!
  for i in \$(seq 60); do /usr/bin/python3 -c 'import pyatspi,sys; d=pyatspi.Registry.getDesktop(0); sys.exit(0 if any(d.getChildAtIndex(i) and d.getChildAtIndex(i).name==\"convviz\" for i in range(d.childCount)) else 1)' 2>/dev/null && break; sleep 1; done
  sleep 3  # the view builds after the first paint
  /usr/bin/python3 $here/probe.py $2; status=\$?
  kill \$app 2>/dev/null
  exit \$status
"
