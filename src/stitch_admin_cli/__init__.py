"""stitch_admin_cli: ``stitch-admin``, the command line of stitch-admin.

A thin layer over the SDK (``stitch_admin_ext``): log in once (the session is kept in a
private data directory), then manage apps, keep an app's configuration in a directory (pull,
diff, push), wait for deployments, run functions and read logs. Built with typer (click
underneath) and rich; installed by the ``cli`` extra: ``pip install 'stitch-admin[cli]'``.

Exit status: 0 on success, 1 when the service or a check refuses, 2 for a usage error.
"""
