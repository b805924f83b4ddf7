"""The membership log (issue 13): one period per existing membership, from its first recorded
change (django-simple-history) or else the user's date joined, still open."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def open_periods(apps, schema_editor):
    Membership = apps.get_model("finsam", "Membership")
    HistoricalMembership = apps.get_model("finsam", "HistoricalMembership")
    MembershipPeriod = apps.get_model("finsam", "MembershipPeriod")
    for membership in Membership.objects.select_related("user"):
        first = (
            HistoricalMembership.objects.filter(id=membership.pk)
            .order_by("history_date")
            .values_list("history_date", flat=True)
            .first()
        )
        MembershipPeriod.objects.create(
            user_id=membership.user_id,
            forbund_id=membership.forbund_id,
            role=membership.role,
            valid_from=first or membership.user.date_joined,
        )


class Migration(migrations.Migration):

    dependencies = [
        ('finsam', '0003_constraint_messages_in_swedish'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='MembershipPeriod',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('sekreterare', 'Förbundssekreterare'), ('styrelse', 'Styrelse'), ('revisor', 'Revisor')], max_length=20, verbose_name='roll')),
                ('valid_from', models.DateTimeField(verbose_name='från')),
                ('valid_to', models.DateTimeField(blank=True, null=True, verbose_name='till')),
                ('forbund', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='membership_periods', to='finsam.forbund')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='membership_periods', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'behörighetsperiod',
                'verbose_name_plural': 'behörighetsperioder',
                'ordering': ['valid_from', 'pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(('role__in', ['sekreterare', 'styrelse', 'revisor'])), name='membership_period_role_valid'), models.CheckConstraint(condition=models.Q(('valid_to__isnull', True), ('valid_to__gte', models.F('valid_from')), _connector='OR'), name='membership_period_ends_after_start', violation_error_message='En behörighetsperiod kan inte sluta innan den börjar.'), models.UniqueConstraint(condition=models.Q(('valid_to__isnull', True)), fields=('user', 'forbund'), name='membership_period_one_open', violation_error_message='En användare har bara en pågående behörighet per förbund.')],
            },
        ),
        migrations.RunPython(open_periods, migrations.RunPython.noop),
    ]
