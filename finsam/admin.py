from django.contrib import admin

from finsam.models import Forbund, Member, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


class MemberInline(admin.TabularInline):
    model = Member
    extra = 0


@admin.register(Forbund)
class ForbundAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "organisationsnummer"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline, MemberInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "forbund", "role"]
    list_filter = ["forbund", "role"]
