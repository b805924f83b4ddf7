"""Pages of this app under /f/<förbund>/; every view uses finsam.permissions' scoped mixins."""

urlpatterns: list = []
